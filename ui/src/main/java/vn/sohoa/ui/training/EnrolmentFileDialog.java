package vn.sohoa.ui.training;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import vn.sohoa.platform.files.TableFormat;
import vn.sohoa.platform.training.domain.TrainingAccess;
import vn.sohoa.platform.training.service.EnrolmentImport;
import vn.sohoa.ui.imports.ProblemsGrid;
import vn.sohoa.ui.imports.UploadTexts;
import vn.sohoa.ui.tenancy.RoutedTenant;

/**
 * Enrolling members from a file of usernames (CSV or Excel, one column {@code username}): the file is checked as
 * soon as it is uploaded (who would be enrolled, who already is, the problems by line), and only a file without
 * problems may then be enrolled, all at once.
 */
class EnrolmentFileDialog extends Dialog {

    private byte[] file;
    private TableFormat format;

    EnrolmentFileDialog(RoutedTenant tenant, EnrolmentImport imports, long course) {
        setHeaderTitle(getTranslation("training.csv.title"));
        setMaxWidth("100%");
        Paragraph summary = new Paragraph();
        summary.setId("enrolment-file-summary");
        ProblemsGrid problems = new ProblemsGrid();
        problems.setVisible(false);
        problems.setHeight("14rem");
        Button enrol = new Button(getTranslation("training.csv.enrol"));
        enrol.setId("enrolment-file-enrol");
        enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        enrol.setEnabled(false);
        enrol.setDisableOnClick(true);
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            upload.clearFileList();
            tenant.enter(TrainingAccess.AUTHOR);
            file = bytes;
            format = metadata.fileName().toLowerCase().endsWith(".xlsx") ? TableFormat.XLSX : TableFormat.CSV;
            EnrolmentImport.Check check = imports.check(course, format, bytes);
            summary.setText(getTranslation("training.csv.summary", check.rows(), check.toEnrolCount(),
                    check.alreadyEnrolled(), check.problemCount()));
            problems.setItems(check.problems());
            problems.setVisible(!check.valid());
            enrol.setEnabled(check.valid() && check.toEnrolCount() > 0);
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) UploadTexts.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes("text/csv", ".csv", TableFormat.XLSX_MEDIA_TYPE, ".xlsx");
        upload.setI18n(UploadTexts.of(this, "upload.wrong-type-table"));
        enrol.addClickListener(click -> {
            tenant.enter(TrainingAccess.AUTHOR);
            int enrolled = imports.enrol(course, format, file);
            Notification.show(getTranslation("training.csv.done", enrolled));
            close();
        });
        add(new Paragraph(getTranslation("training.csv.help")), upload, summary, problems);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), enrol);
    }
}
