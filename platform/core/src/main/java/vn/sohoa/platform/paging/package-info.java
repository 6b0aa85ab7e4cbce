/** Paged lists as every API collection returns them: {@code {items, total, page, size}}. */
package vn.sohoa.platform.paging;
