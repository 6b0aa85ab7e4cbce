/**
 * Paged lists as every API collection returns them: {@code {items, total, page, size}}; and whole results
 * streamed one entity at a time, for exports.
 */
package vn.sohoa.platform.paging;
