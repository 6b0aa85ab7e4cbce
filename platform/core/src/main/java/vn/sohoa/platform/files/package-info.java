/**
 * Tables in files for spreadsheet users: CSV and XLSX written as a stream (exports of any length in
 * constant memory) and read with the line number of every row and every problem (imports that say
 * exactly what to fix). Shared by every feature that exports or imports.
 */
package vn.sohoa.platform.files;
