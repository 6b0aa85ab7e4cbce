/**
 * The people of a tenant on screen: who holds which role; its administrators add people by
 * their username at the identity provider and remove them.
 */
package vn.sohoa.ui.members;
