package vn.sohoa.ui.imports;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.inject.Inject;
import vn.sohoa.admin.tenants.service.TenantImport;
import vn.sohoa.admin.tenants.service.TenantImportService;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * The import wizard: a CSV file is checked as soon as it is uploaded (a dry run, writing nothing), and
 * only a file without problems may then be imported, all or nothing, in the background while the page
 * polls for the result.
 */
@Route(value = "tenants/import", layout = MainLayout.class)
public class TenantImportView extends VerticalLayout implements HasDynamicTitle {

    private final ImportPreviewPanel preview = new ImportPreviewPanel();
    private final Paragraph result = new Paragraph();
    private byte[] file;

    @Inject
    public TenantImportView(TenantRoutes routes, TenantImportService imports, BackgroundImport background) {
        ImportRun<TenantImport> run = new ImportRun<>(
                () -> background.start("tenant-import", caller -> imports.importCsv(caller, file, false)),
                done -> result.setText(getTranslation("import.done", done.created())));
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            // One file at a time: the list is emptied so that a corrected file can follow.
            upload.clearFileList();
            file = bytes;
            result.setText("");
            TenantImport dryRun = imports.importCsv(routes.caller(), bytes, true);
            preview.show(dryRun);
            run.setReady(dryRun.problemCount() == 0);
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) UploadTexts.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setI18n(UploadTexts.of(this, "upload.wrong-type"));
        result.setId("import-result");
        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.help")), upload, run, result,
                preview);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · Sohoa";
    }
}
