/**
 * Sub-units of a tenant on screen: a searchable, paged list for everyone who may read the
 * tenant; adding, editing and deleting for its administrators.
 */
package vn.sohoa.ui.units;
