/**
 * The web pages of indicators and periodic reports: a unit's forms and the form entry, the approver's inbox,
 * the completeness board, the indicator, data-set and target editors, and the DTI preview with its exports.
 */
package vn.sohoa.ui.indicators;
