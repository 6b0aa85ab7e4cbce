package vn.sohoa.platform.audit.service;

import java.util.List;
import java.util.function.Function;

/**
 * One page of the audit trail. Counting a long trail costs as much as reading all of it, so the count
 * stops at {@value AuditService#COUNTED}: then {@code total} is that many and {@code totalCapped} says there
 * are more.
 */
public record AuditPage<T>(List<T> items, long total, boolean totalCapped, int page, int size) {

    public <R> AuditPage<R> map(Function<T, R> mapper) {
        return new AuditPage<>(items.stream().map(mapper).toList(), total, totalCapped, page, size);
    }
}
