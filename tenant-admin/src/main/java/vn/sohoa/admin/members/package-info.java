/**
 * Memberships: linking people of the identity provider to a tenant with a role, inviting people new
 * to it, changing their roles, and keeping every tenant administered.
 */
package vn.sohoa.admin.members;
