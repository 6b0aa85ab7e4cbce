/**
 * The tenant import wizard: upload a CSV file, read the dry run's preview (what would be created, and
 * every problem by line), then import it while a progress indicator runs.
 */
package vn.sohoa.ui.imports;
