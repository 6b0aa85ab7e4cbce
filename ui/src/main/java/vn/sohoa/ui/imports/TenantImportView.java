package vn.sohoa.ui.imports;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.inject.Inject;
import vn.sohoa.admin.tenants.service.TenantImport;
import vn.sohoa.admin.tenants.service.TenantImportService;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.CurrentTenant;

/**
 * The import wizard: a CSV file is checked as soon as it is uploaded (a dry run, writing nothing), and
 * only a file without problems may then be imported, all or nothing, in the background while the page
 * polls for the result.
 */
@Route(value = "tenants/import", layout = MainLayout.class)
public class TenantImportView extends VerticalLayout implements HasDynamicTitle {

    /** The server's largest request body, {@code quarkus.http.limits.max-body-size}. */
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    private static final int POLL_MILLIS = 500;

    private final ImportPreviewPanel preview = new ImportPreviewPanel();
    private final Button importButton = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph result = new Paragraph();
    private byte[] file;

    @Inject
    public TenantImportView(CurrentTenant current, TenantImportService imports, BackgroundImport background) {
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            // One file at a time: the list is emptied so that a corrected file can follow.
            upload.clearFileList();
            file = bytes;
            result.setText("");
            TenantImport dryRun = imports.importCsv(current.caller(), bytes, true);
            preview.show(dryRun);
            importButton.setEnabled(dryRun.problemCount() == 0);
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MAX_FILE_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setI18n(UploadTexts.of(this));

        importButton.setText(getTranslation("import.run"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(click -> run(background));
        progress.setIndeterminate(true);
        progress.setVisible(false);
        result.setId("import-result");
        HorizontalLayout run = new HorizontalLayout(importButton, progress);
        run.setAlignItems(FlexComponent.Alignment.CENTER);
        run.setWidthFull();
        run.expand(progress);
        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.help")), upload, run, result,
                preview);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · Sohoa";
    }

    private void run(BackgroundImport background) {
        UI ui = UI.getCurrent();
        importButton.setEnabled(false);
        progress.setVisible(true);
        ui.setPollInterval(POLL_MILLIS);
        background.start(file).whenComplete((done, failure) -> ui.access(() -> {
            progress.setVisible(false);
            ui.setPollInterval(-1);
            if (failure != null) {
                // Vaadin's error handler shows a refused import like any other refused change.
                throw failure instanceof RuntimeException problem ? problem : new IllegalStateException(failure);
            }
            result.setText(getTranslation("import.done", done.created()));
        }));
    }
}
