package vn.sohoa.ui.indicators;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import vn.sohoa.platform.files.TableFormat;
import vn.sohoa.platform.files.TableWriter;
import vn.sohoa.platform.indicators.service.ReportPdf;
import vn.sohoa.platform.indicators.service.ReportTable;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantDownload;

/**
 * The files of a data set for a period over the tenant's subtree, as the API serves them: the table (a row per
 * unit with its state and approved figures, then the total) as Excel or CSV, and the PDF report in Vietnamese.
 * Each download is a request of its own and enters the tenant again.
 */
class ReportExports extends FlexLayout {

    ReportExports(RoutedTenant tenant, ReportTable tables, ReportPdf pdf, String dataSet, String period) {
        String name = dataSet + "-" + period;
        add(table(tenant, tables, dataSet, period, TableFormat.XLSX, name, "indicators.export.xlsx"),
                table(tenant, tables, dataSet, period, TableFormat.CSV, name, "indicators.export.csv"));
        Anchor document = new Anchor(new TenantDownload(tenant, Access.READ, code -> code + "-" + name + ".pdf",
                "application/pdf", stream -> pdf.write(dataSet, period, stream)), getTranslation("indicators.export.pdf"));
        document.setId("export-pdf");
        add(document);
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-m)");
    }

    private Anchor table(RoutedTenant tenant, ReportTable tables, String dataSet, String period, TableFormat format,
                         String name, String key) {
        Anchor file = new Anchor(new TenantDownload(tenant, Access.READ, code -> code + "-" + name + "." + format.extension(),
                format.contentType(), stream -> {
            ReportTable.Table table = tables.of(dataSet, period);
            try (TableWriter writer = TableWriter.of(format, stream, "Báo cáo", table.header())) {
                table.rows().forEach(writer::row);
            }
        }), getTranslation(key));
        file.setId("export-" + format.extension());
        return file;
    }
}
