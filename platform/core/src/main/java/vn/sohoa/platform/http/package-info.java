/**
 * What an HTTP request may send: limits on body size (Quarkus has one limit for the whole server; here
 * ordinary API requests get a smaller one of their own, and only the file-upload paths get the full
 * size), and the checked {@code ?dryRun} switch of the endpoints that preview a change.
 */
package vn.sohoa.platform.http;
