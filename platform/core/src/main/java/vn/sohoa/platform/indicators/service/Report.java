package vn.sohoa.platform.indicators.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.sohoa.platform.indicators.domain.EnteredValue;
import vn.sohoa.platform.indicators.domain.IndicatorKind;
import vn.sohoa.platform.indicators.domain.ReportState;

/**
 * A tenant's form of a data set for a period as it stands. A form nobody has saved yet is a DRAFT with
 * {@code saved} false, no version and its automatic values filled in. {@code late} as the boards say it
 * ({@link vn.sohoa.platform.indicators.domain.ReportForm#late}).
 */
public record Report(String tenantCode, String dataSetCode, String dataSetName, String period, LocalDate periodStart,
                     LocalDate periodEnd, LocalDate dueDate, ReportState state, boolean saved, String comment,
                     Instant submittedAt, String submittedBy, Instant decidedAt, String decidedBy, Long version,
                     List<Entry> values, boolean late) {

    /**
     * The form with each automatic value as Sohoa computes it now: a draft's automatic values follow the records
     * logged since it was saved, until the form is submitted. A value someone replaced stays as they gave it.
     */
    Report withAutomatic(Map<String, EnteredValue> computed) {
        List<Entry> current = values.stream().map(entry -> entry.automatic() && computed.containsKey(entry.indicatorCode())
                ? entry.with(computed.get(entry.indicatorCode())) : entry).toList();
        return new Report(tenantCode, dataSetCode, dataSetName, period, periodStart, periodEnd, dueDate, state, saved,
                comment, submittedAt, submittedBy, decidedAt, decidedBy, version, current, late);
    }

    /** One indicator of the form with its value, whether Sohoa computed it, and why a computed one was replaced. */
    public record Entry(String indicatorCode, String name, String unit, IndicatorKind kind, boolean required,
                        BigDecimal value, BigDecimal numerator, BigDecimal denominator, Boolean yes, boolean automatic,
                        String overrideReason) {

        private Entry with(EnteredValue figure) {
            return new Entry(indicatorCode, name, unit, kind, required, figure.value(), figure.numerator(),
                    figure.denominator(), figure.yes(), automatic, overrideReason);
        }
    }
}
