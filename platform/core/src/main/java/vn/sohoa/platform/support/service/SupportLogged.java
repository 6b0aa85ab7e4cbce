package vn.sohoa.platform.support.service;

/**
 * Support records were written in the current transaction: one by a POST or the quick entry, many by an import.
 * Observers that must not count a rolled-back write observe it {@code during = AFTER_SUCCESS}.
 */
public record SupportLogged(int records) {}
