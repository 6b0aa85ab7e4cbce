/**
 * A tenant's audit trail on screen, for its administrators: filtered by date and action, paged,
 * and downloadable as the same CSV the API exports.
 */
package vn.sohoa.ui.audit;
