package vn.sohoa.ui.indicators;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import java.util.List;
import vn.sohoa.platform.files.TableFormat;
import vn.sohoa.platform.files.TableWriter;
import vn.sohoa.platform.indicators.service.CompletenessGrid;
import vn.sohoa.platform.indicators.service.CompletenessGridFiles;
import vn.sohoa.platform.indicators.service.ReportTable;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantDownload;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * The periods of a year side by side: a row per unit (its name stays in view while the periods scroll sideways on a
 * phone), a cell per period coloured by the form's state with the late mark, each opening that form; a period's
 * header opens its own board and its footer counts the forms submitted. The grid's files follow below.
 */
class CompletenessGridPanel extends Div {

    CompletenessGridPanel(RoutedTenant tenant, CompletenessGrid.Grid board, CompletenessGridFiles files) {
        setId("completeness-periods");
        setWidthFull();
        add(new H3(getTranslation("indicators.board.title", String.valueOf(board.year()))),
                new Paragraph(getTranslation("indicators.board.hint")), grid(tenant, board),
                downloads(tenant, board, files));
    }

    private Grid<CompletenessGrid.Row> grid(RoutedTenant tenant, CompletenessGrid.Grid board) {
        Grid<CompletenessGrid.Row> grid = new Grid<>();
        grid.setId("completeness-periods-grid");
        grid.addColumn(CompletenessGrid.Row::tenantName).setHeader(getTranslation("indicators.unit"))
                .setFooter(getTranslation("indicators.board.submitted")).setFrozen(true).setWidth("9rem").setFlexGrow(0);
        List<CompletenessGrid.Column> columns = board.columns();
        for (int index = 0; index < columns.size(); index++) {
            int at = index;
            CompletenessGrid.Column column = columns.get(at);
            Anchor header = new Anchor(TenantRoutes.pageOf(tenant.code(), "completeness/" + board.dataSetCode() + "/"
                    + column.period()), column.period());
            Span footer = new Span(column.submitted() + "/" + column.expected());
            footer.setId("completeness-periods-count-" + column.period());
            grid.addComponentColumn(row -> cell(board, column.period(), row, row.cells().get(at)))
                    .setHeader(header).setFooter(footer).setWidth("7.5rem").setFlexGrow(0);
        }
        grid.setItems(board.rows());
        grid.setAllRowsVisible(board.rows().size() <= 50);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        return grid;
    }

    private static Div cell(CompletenessGrid.Grid board, String period, CompletenessGrid.Row row,
                            CompletenessGrid.Cell cell) {
        Div shown = new Div();
        if (!cell.owed()) {
            return shown;
        }
        Anchor form = new Anchor(TenantRoutes.pageOf(row.tenantCode(), "reports/" + board.dataSetCode() + "/" + period),
                States.badge(cell.state()));
        form.getElement().setAttribute("data-state", cell.state() == null ? "NONE" : cell.state().name());
        shown.add(form);
        if (cell.late()) {
            shown.add(States.late());
        }
        shown.setId("cell-" + row.tenantCode() + "-" + period);
        shown.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        return shown;
    }

    private FlexLayout downloads(RoutedTenant tenant, CompletenessGrid.Grid board, CompletenessGridFiles files) {
        String name = board.dataSetCode() + "-" + board.year();
        FlexLayout links = new FlexLayout(table(tenant, board, files, TableFormat.XLSX, name),
                table(tenant, board, files, TableFormat.CSV, name));
        Anchor document = new Anchor(new TenantDownload(tenant, Access.READ, code -> code + "-" + name + ".pdf",
                "application/pdf", stream -> files.pdf(board.dataSetCode(), board.year(), stream)),
                getTranslation("indicators.board.export.pdf"));
        document.setId("periods-export-pdf");
        links.add(document);
        links.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        links.getStyle().set("gap", "var(--lumo-space-m)").set("margin-top", "var(--lumo-space-s)");
        return links;
    }

    private Anchor table(RoutedTenant tenant, CompletenessGrid.Grid board, CompletenessGridFiles files,
                         TableFormat format, String name) {
        Anchor file = new Anchor(new TenantDownload(tenant, Access.READ, code -> code + "-" + name + "." + format.extension(),
                format.contentType(), stream -> {
            ReportTable.Table table = files.table(board.dataSetCode(), board.year());
            try (TableWriter writer = TableWriter.of(format, stream, "Các kỳ", table.header())) {
                table.rows().forEach(writer::row);
            }
        }), getTranslation("indicators.board.export." + format.extension()));
        file.setId("periods-export-" + format.extension());
        return file;
    }
}
