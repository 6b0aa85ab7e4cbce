/** Memberships: linking people of the identity provider to a tenant with a role. */
package vn.sohoa.admin.members;
