package vn.sohoa.ui.supportimport;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.inject.Inject;
import java.util.Locale;
import vn.sohoa.platform.files.TableFormat;
import vn.sohoa.platform.support.domain.SupportAccess;
import vn.sohoa.platform.support.service.SupportImport;
import vn.sohoa.platform.support.service.SupportLogExport;
import vn.sohoa.platform.support.service.SupportLogImport;
import vn.sohoa.platform.support.service.SupportLogQuery;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.ui.imports.BackgroundImport;
import vn.sohoa.ui.imports.ImportRun;
import vn.sohoa.ui.imports.UploadTexts;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantDownload;
import vn.sohoa.ui.tenancy.TenantPage;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * The support log of the route's tenant in files: download it as CSV or Excel, or upload a file of records,
 * which is checked at once (a dry run, writing nothing); only a file without problems may then be imported,
 * all or nothing, in the background while a progress bar runs.
 */
@Route(value = TenantRoutes.TENANT + "support-logs/import", layout = MainLayout.class)
@Menu(title = "support-import.title", icon = "vaadin:exchange", order = 5)
public class SupportImportView extends TenantPage implements HasDynamicTitle {

    private static final SupportLogQuery EVERYTHING = SupportLogQuery.all();

    private final SupportLogImport imports;
    private final SupportLogExport export;
    private final BackgroundImport background;
    private SupportImportPreview preview;
    private Paragraph result;
    private TableFormat format;
    private byte[] file;

    @Inject
    public SupportImportView(TenantRoutes routes, SupportLogImport imports, SupportLogExport export,
                             BackgroundImport background) {
        super(routes);
        this.imports = imports;
        this.export = export;
        this.background = background;
    }

    @Override
    protected void show(RoutedTenant tenant) {
        preview = new SupportImportPreview();
        result = new Paragraph();
        file = null;
        // The import runs in a request of its own, as the same person: it enters the tenant again there.
        ImportRun<SupportImport> run = new ImportRun<>(() -> background.start("support-import", caller -> {
            tenant.enter(SupportAccess.LOG);
            return imports.importFile(format, file, false, caller);
        }), done -> result.setText(getTranslation("support-import.done", done.created())));
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            // One file at a time: the list is emptied so that a corrected file can follow.
            upload.clearFileList();
            format = metadata.fileName().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? TableFormat.XLSX : TableFormat.CSV;
            file = bytes;
            result.setText("");
            tenant.enter(SupportAccess.LOG);
            SupportImport dryRun = imports.importFile(format, bytes, true, tenant.caller());
            preview.show(dryRun);
            run.setReady(dryRun.problemCount() == 0);
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) UploadTexts.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv", TableFormat.XLSX_MEDIA_TYPE, ".xlsx");
        upload.setI18n(UploadTexts.of(this, "upload.wrong-type-table"));
        result.setId("import-result");
        add(new H2(tenant.tenant().name()), downloads(tenant),
                new Paragraph(getTranslation("support-import.help")), upload, run, result, preview);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support-import.title") + " · Sohoa";
    }

    private HorizontalLayout downloads(RoutedTenant tenant) {
        HorizontalLayout links = new HorizontalLayout();
        for (TableFormat table : TableFormat.values()) {
            Anchor link = new Anchor();
            // The whole log, the same file as the API's export.
            link.setHref(new TenantDownload(tenant, Access.READ, code -> SupportLogExport.fileName(code, table),
                    table.contentType(), stream -> export.write(EVERYTHING, table, stream)));
            link.setText(getTranslation("support-import.export." + table.extension()));
            link.getElement().setAttribute("download", true);
            link.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
            links.add(link);
        }
        return links;
    }
}
