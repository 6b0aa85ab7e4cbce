package vn.sohoa.platform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.indicators.domain.DataSet;
import vn.sohoa.platform.indicators.domain.ReportPeriod;
import vn.sohoa.platform.indicators.domain.ReportState;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * Completeness of a data set over the periods of a year side by side, for the current tenant's subtree: a row per
 * unit that owed the form in any of them, a cell per period with the form's state and whether it was late, and each
 * period's counts. Only periods begun by today (in Vietnam) are shown; each is the same board as
 * {@link ReportCompleteness}, so a unit that owes no form in a period (created later, merged away) has no cell.
 */
@ApplicationScoped
public class CompletenessGrid {

    /** The earliest year a board is asked for; reports in Sohoa start long after it. */
    private static final int FIRST_YEAR = 2000;

    /** One period's column with its counts. */
    public record Column(String period, LocalDate dueDate, int expected, int submitted, int late, int approved) {}

    /** A unit's form in one period; {@code owed} false when the unit owed no form then (the cell stays empty). */
    public record Cell(boolean owed, ReportState state, boolean late) {

        static final Cell NOT_OWED = new Cell(false, null, false);

        /** Whether the form is with the level above or approved. */
        public boolean submitted() {
            return state == ReportState.SUBMITTED || state == ReportState.APPROVED;
        }
    }

    /** A unit and its cells, one per column in the columns' order. */
    public record Row(String tenantCode, String tenantName, List<Cell> cells) {}

    /** The grid of a data set for a year. */
    public record Grid(String tenantCode, String dataSetCode, String dataSetName, int year, List<Column> columns,
                       List<Row> rows) {}

    @Inject
    ReportCompleteness completeness;

    @Inject
    DataSetService dataSets;

    @Inject
    TenantGate gate;

    @Inject
    Clock clock;

    /**
     * The grid of {@code dataSetCode} for the periods of {@code year} begun by today, earliest first.
     *
     * @throws ProblemException 404 for an unknown data set, 400 naming {@code year} when it is before 2000 or no
     *                          period of it has begun
     */
    @Transactional
    public Grid of(String dataSetCode, int year) {
        DataSet dataSet = dataSets.existing(dataSetCode);
        LocalDate today = VietnamCalendar.today(clock);
        List<ReportPeriod> periods = year < FIRST_YEAR ? List.of()
                : ReportPeriod.ofYear(year, dataSet.periodType(), dataSet.window()).stream()
                        .filter(period -> !period.first().isAfter(today)).toList();
        if (periods.isEmpty()) {
            throw ProblemException.invalid("year", "Year " + year + " has no period of " + dataSet.code()
                    + " begun yet; choose a year from " + FIRST_YEAR + " to " + today.getYear());
        }
        List<Column> columns = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Cell[]> cells = new LinkedHashMap<>();
        for (int index = 0; index < periods.size(); index++) {
            ReportCompleteness.Completeness board = completeness.of(dataSet.code(), periods.get(index).label());
            columns.add(new Column(board.period(), board.dueDate(), board.expected(), board.submitted(), board.late(),
                    board.approved()));
            for (ReportCompleteness.Unit unit : board.units()) {
                names.putIfAbsent(unit.tenantCode(), unit.tenantName());
                cells.computeIfAbsent(unit.tenantCode(), code -> new Cell[periods.size()])[index] =
                        new Cell(true, unit.state(), unit.late());
            }
        }
        List<Row> rows = cells.entrySet().stream().map(entry -> new Row(entry.getKey(), names.get(entry.getKey()),
                Arrays.stream(entry.getValue()).map(cell -> cell == null ? Cell.NOT_OWED : cell).toList()))
                .toList();
        return new Grid(gate.here().code(), dataSet.code(), dataSet.name(), year, columns, rows);
    }
}
