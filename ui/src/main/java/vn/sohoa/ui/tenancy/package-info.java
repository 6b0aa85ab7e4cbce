/**
 * The tenant a person works in on screen: chosen in the layout's switcher, kept in the Vaadin
 * session, and entered through the tenancy kernel's gate on every request that touches its data.
 */
package vn.sohoa.ui.tenancy;
