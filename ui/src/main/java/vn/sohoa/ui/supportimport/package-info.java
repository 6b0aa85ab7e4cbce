/**
 * Importing the support log of a tenant from a CSV or Excel file (upload, the dry run's problems by
 * line, then the import itself with a progress bar) and exporting it as CSV or Excel.
 */
package vn.sohoa.ui.supportimport;
