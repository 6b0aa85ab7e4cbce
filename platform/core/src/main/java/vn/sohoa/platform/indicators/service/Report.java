package vn.sohoa.platform.indicators.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.sohoa.platform.indicators.domain.IndicatorKind;
import vn.sohoa.platform.indicators.domain.ReportState;

/**
 * A tenant's form of a data set for a period as it stands. A form nobody has saved yet is a DRAFT with
 * {@code saved} false, no version and its automatic values filled in.
 */
public record Report(String tenantCode, String dataSetCode, String dataSetName, String period, LocalDate periodStart,
                     LocalDate periodEnd, LocalDate dueDate, ReportState state, boolean saved, String comment,
                     Instant submittedAt, String submittedBy, Instant decidedAt, String decidedBy, Long version,
                     List<Entry> values) {

    /** One indicator of the form with its value, whether Sohoa computed it, and why a computed one was replaced. */
    public record Entry(String indicatorCode, String name, String unit, IndicatorKind kind, boolean required,
                        BigDecimal value, BigDecimal numerator, BigDecimal denominator, Boolean yes, boolean automatic,
                        String overrideReason) {}
}
