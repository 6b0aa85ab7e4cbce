package vn.sohoa.ui.imports;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.sohoa.admin.tenants.service.ImportRow;
import vn.sohoa.admin.tenants.service.TenantImport;

/** The dry run of a file: how many lines, the problems by line (if any), and what would be created. */
class ImportPreviewPanel extends VerticalLayout {

    private final Paragraph summary = new Paragraph();
    private final ProblemsGrid problems = new ProblemsGrid();
    private final Grid<ImportRow> rows = new Grid<>();
    private final H4 problemsTitle = new H4(getTranslation("import.problems"));

    ImportPreviewPanel() {
        setPadding(false);
        summary.setId("import-summary");
        rows.addColumn(ImportRow::line).setHeader(getTranslation("import.line")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(ImportRow::code).setHeader(getTranslation("tenant.code")).setAutoWidth(true);
        rows.addColumn(ImportRow::name).setHeader(getTranslation("tenant.name")).setAutoWidth(true);
        rows.addColumn(row -> getTranslation("tenant.kind." + row.kind())).setHeader(getTranslation("tenant.kind"))
                .setAutoWidth(true);
        rows.addColumn(ImportRow::parentCode).setHeader(getTranslation("tenant.parent")).setAutoWidth(true);
        rows.setHeight("20rem");
        add(summary, problemsTitle, problems, new H4(getTranslation("import.would-create")), rows);
        setVisible(false);
    }

    void show(TenantImport preview) {
        summary.setText(getTranslation("import.summary", preview.rows(), preview.toCreateCount(),
                preview.problemCount()));
        problemsTitle.setVisible(preview.problemCount() > 0);
        problems.setVisible(preview.problemCount() > 0);
        problems.setItems(preview.problems());
        rows.setItems(preview.toCreate());
        setVisible(true);
    }
}
