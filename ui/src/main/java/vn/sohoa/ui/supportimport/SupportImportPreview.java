package vn.sohoa.ui.supportimport;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.support.service.SupportImport;
import vn.sohoa.ui.imports.ProblemsGrid;

/** The dry run of a file: how many lines, the problems by line (if any), and the records it would log. */
class SupportImportPreview extends VerticalLayout {

    private final Paragraph summary = new Paragraph();
    private final ProblemsGrid problems = new ProblemsGrid();
    private final H4 problemsTitle = new H4(getTranslation("import.problems"));
    private final Grid<SupportImport.Record> records = new Grid<>();

    SupportImportPreview() {
        setPadding(false);
        summary.setId("import-summary");
        records.addColumn(SupportImport.Record::line).setHeader(getTranslation("import.line")).setAutoWidth(true)
                .setFlexGrow(0);
        records.addColumn(record -> VietnamCalendar.DAY_TIME.format(record.facts().occurredAt()))
                .setHeader(getTranslation("support-import.occurred-at")).setAutoWidth(true);
        records.addColumn(record -> record.facts().unitCode()).setHeader(getTranslation("support-import.unit"))
                .setAutoWidth(true);
        records.addColumn(record -> record.facts().categoryCode())
                .setHeader(getTranslation("support-import.category")).setAutoWidth(true);
        records.addColumn(record -> record.facts().peopleCount()).setHeader(getTranslation("support-import.people"))
                .setAutoWidth(true);
        records.setHeight("20rem");
        add(summary, problemsTitle, problems, new H4(getTranslation("support-import.would-create")), records);
        setVisible(false);
    }

    void show(SupportImport preview) {
        summary.setText(getTranslation("support-import.summary", preview.rows(), preview.toCreateCount(),
                preview.problemCount()));
        problemsTitle.setVisible(preview.problemCount() > 0);
        problems.setVisible(preview.problemCount() > 0);
        problems.setItems(preview.problems());
        records.setItems(preview.toCreate());
        setVisible(true);
    }
}
