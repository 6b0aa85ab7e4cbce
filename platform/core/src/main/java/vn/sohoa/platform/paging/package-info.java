/**
 * Paged lists as every API collection returns them: {@code {items, total, page, size}}; their free-text search, in
 * SQL or over a list in memory; and whole results streamed one entity at a time, for exports.
 */
package vn.sohoa.platform.paging;
