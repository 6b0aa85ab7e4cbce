/**
 * The tenant a page works in, taken from the page's own address ({@code /t/{code}/…}) and entered through
 * the tenancy kernel's gate on every request that touches its data; the person's home tenant, where the
 * root and the older addresses lead. Nothing here is kept in the Vaadin session.
 */
package vn.sohoa.ui.tenancy;
