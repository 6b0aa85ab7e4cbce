/**
 * Sub-units of a tenant: hamlets (ấp), residential groups (tổ dân phố), school divisions — the places
 * where community teams work and where support is counted.
 */
package vn.sohoa.platform.units;
