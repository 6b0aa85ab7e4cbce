package vn.sohoa.platform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.indicators.service.PdfLines.Line;

/**
 * The completeness grid of a data set for a year as files, in Vietnamese: a table (a row per unit, a column per
 * period, each cell the form's state and "trễ hạn" when late, then the counts of each period) for Excel or CSV, and
 * a PDF with each period's counts and each unit's line of states.
 */
@ApplicationScoped
public class CompletenessGridFiles {

    @Inject
    CompletenessGrid grids;

    /**
     * The table of {@code dataSetCode} for {@code year}.
     *
     * @throws vn.sohoa.platform.problem.ProblemException as {@link CompletenessGrid#of}
     */
    @Transactional
    public ReportTable.Table table(String dataSetCode, int year) {
        CompletenessGrid.Grid grid = grids.of(dataSetCode, year);
        List<String> header = new ArrayList<>(List.of("Mã đơn vị", "Đơn vị"));
        grid.columns().forEach(column -> header.add(column.period()));
        List<List<Object>> rows = new ArrayList<>();
        grid.rows().forEach(row -> {
            List<Object> cells = new ArrayList<>(List.of(row.tenantCode(), row.tenantName()));
            row.cells().forEach(cell -> cells.add(label(cell)));
            rows.add(cells);
        });
        rows.add(counts(grid, "Đã nộp / phải nộp", column -> column.submitted() + "/" + column.expected()));
        rows.add(counts(grid, "Trễ hạn", column -> column.late()));
        rows.add(counts(grid, "Đã duyệt", column -> column.approved()));
        return new ReportTable.Table(grid.dataSetName() + " — " + year, header, rows);
    }

    /**
     * Writes the PDF of {@code dataSetCode} for {@code year} to {@code out}.
     *
     * @throws vn.sohoa.platform.problem.ProblemException as {@link CompletenessGrid#of}
     */
    @Transactional
    public void pdf(String dataSetCode, int year, OutputStream out) {
        CompletenessGrid.Grid grid = grids.of(dataSetCode, year);
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(true, grid.dataSetName() + " — tình hình nộp báo cáo năm " + year));
        lines.add(new Line(false, "Đơn vị: " + grid.tenantCode() + " và các đơn vị trực thuộc — " + grid.rows().size()
                + " đơn vị phải nộp trong ít nhất một kỳ"));
        lines.add(new Line(true, "Theo kỳ"));
        grid.columns().forEach(column -> lines.add(new Line(false, "Kỳ " + column.period() + " (hạn "
                + VietnamCalendar.DAY.format(column.dueDate()) + "): đã nộp " + column.submitted() + "/"
                + column.expected() + ", trễ hạn " + column.late() + ", đã duyệt " + column.approved())));
        lines.add(new Line(true, "Theo đơn vị"));
        grid.rows().forEach(row -> lines.add(new Line(false, row.tenantName() + " (" + row.tenantCode() + "): "
                + String.join("; ", IntStream.range(0, grid.columns().size())
                        .filter(index -> row.cells().get(index).owed())
                        .mapToObj(index -> grid.columns().get(index).period() + " " + label(row.cells().get(index)))
                        .toList()))));
        PdfLines.write(lines, out);
    }

    private static List<Object> counts(CompletenessGrid.Grid grid, String title,
                                       Function<CompletenessGrid.Column, Object> count) {
        List<Object> row = new ArrayList<>(List.of("", title));
        grid.columns().forEach(column -> row.add(count.apply(column)));
        return row;
    }

    /** A cell in words: the state, "trễ hạn" when late, nothing when the unit owed no form. */
    static String label(CompletenessGrid.Cell cell) {
        if (!cell.owed()) {
            return "";
        }
        String state = switch (cell.state()) {
            case null -> "Chưa nộp";
            case DRAFT -> "Chưa nộp (nháp)";
            case RETURNED -> "Bị trả lại";
            case SUBMITTED -> "Đã nộp";
            case APPROVED -> "Đã duyệt";
        };
        return cell.late() ? state + ", trễ hạn" : state;
    }
}
