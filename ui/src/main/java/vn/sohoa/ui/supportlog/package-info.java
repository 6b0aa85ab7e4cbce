/**
 * Support logging from a phone: the quick-entry form a team member fills in the field, and their own
 * records of the week with corrections.
 */
package vn.sohoa.ui.supportlog;
