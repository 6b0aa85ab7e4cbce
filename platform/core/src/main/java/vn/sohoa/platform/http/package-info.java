/**
 * Limits on what an HTTP request may send. Quarkus has one body-size limit for the whole server; here
 * ordinary API requests get a smaller one of their own, and only the file-upload paths get the full size.
 */
package vn.sohoa.platform.http;
