package vn.sohoa.platform.monitoring.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Periodic reports over a subtree: for each data set the tenant sees, the forms the live units owe for the period
 * being reported (the last one that ended), how many are submitted, on time and late; and the tenant's targets of
 * the year with the approved figure against each.
 */
public record ReportFigures(List<DataSetFigure> dataSets, List<TargetFigure> targets) {

    public ReportFigures {
        dataSets = List.copyOf(dataSets);
        targets = List.copyOf(targets);
    }

    @JsonProperty
    public long expected() {
        return dataSets.stream().mapToLong(DataSetFigure::expected).sum();
    }

    @JsonProperty
    public long submitted() {
        return dataSets.stream().mapToLong(DataSetFigure::submitted).sum();
    }

    @JsonProperty
    public long onTime() {
        return dataSets.stream().mapToLong(DataSetFigure::onTime).sum();
    }

    /** Forms submitted over forms owed, in percent; null when none are owed. */
    @JsonProperty
    public Double completeness() {
        return ChildFigure.share(submitted(), expected()).value();
    }

    /** Forms first submitted by the due day over forms owed, in percent. */
    @JsonProperty
    public Double timeliness() {
        return ChildFigure.share(onTime(), expected()).value();
    }

    /** One data set's forms for one period. */
    public record DataSetFigure(String code, String name, String period, LocalDate dueDate, long expected,
                                long submitted, long onTime, long late, long approved) {

        @JsonProperty
        public Double completeness() {
            return ChildFigure.share(submitted, expected).value();
        }

        @JsonProperty
        public Double timeliness() {
            return ChildFigure.share(onTime, expected).value();
        }
    }

    /**
     * A key indicator's target of a year: the approved figure so far and the progress (1 = reached), both null
     * while nothing is approved.
     */
    public record TargetFigure(String indicatorCode, String name, String unit, int year, BigDecimal target,
                               BigDecimal actual, BigDecimal progress) {}
}
