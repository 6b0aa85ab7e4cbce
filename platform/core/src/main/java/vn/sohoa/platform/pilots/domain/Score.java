package vn.sohoa.platform.pilots.domain;

import java.math.BigDecimal;

/**
 * The points of one criterion in an assessment. {@code automaticPoints} is what the KPI's latest actual gives
 * (null for a MANUAL criterion or a KPI not yet measured); {@code points} differ from it only with an
 * {@code overrideReason}.
 */
public record Score(String criterionCode, BigDecimal maxPoints, BigDecimal automaticPoints, BigDecimal points,
                    String note, String overrideReason) {}
