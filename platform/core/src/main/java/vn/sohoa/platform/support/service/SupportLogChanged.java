package vn.sohoa.platform.support.service;

/**
 * A support record was corrected or deleted in the current transaction (a new one is {@link SupportLogged}).
 * Observers that must not react to a rolled-back change observe it {@code during = AFTER_SUCCESS}.
 */
public record SupportLogChanged(long id) {}
