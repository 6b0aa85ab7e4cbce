package vn.sohoa.platform.support.service;

import java.time.Instant;

/**
 * A filter of the support log; null parts do not filter. {@code from} is inclusive, {@code to}
 * exclusive.
 */
public record SupportLogQuery(Instant from, Instant to, String unitCode, String categoryCode, Long memberId) {}
