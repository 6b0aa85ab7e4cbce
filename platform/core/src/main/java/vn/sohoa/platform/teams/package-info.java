/**
 * Community digital-technology teams (Tổ công nghệ số cộng đồng): one per hamlet or residential group,
 * typically the hamlet head and about two volunteers, who help citizens use digital services.
 */
package vn.sohoa.platform.teams;
