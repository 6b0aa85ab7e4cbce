package vn.sohoa.ui.training;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.training.domain.TrainingAccess;
import vn.sohoa.platform.training.service.ExternalCompletions;
import vn.sohoa.ui.form.DatePickers;
import vn.sohoa.ui.imports.UploadTexts;
import vn.sohoa.ui.tenancy.RoutedTenant;

/**
 * A learner's certificate from another platform (OneTouch, Bình dân học vụ số) for the course on screen: the
 * platform, the day it was completed (not after today) and its file, a PDF or a photo of at most 10 MB. It waits for
 * the unit's trainers to accept it; a refused file or a record already waiting is said plainly.
 */
class ExternalCompletionDialog extends Dialog {

    /** The platforms whose certificates the province counts. */
    static final List<String> PLATFORMS = List.of("OneTouch", "Bình dân học vụ số");

    private final Paragraph refusal = new Paragraph();
    private final Paragraph chosen = new Paragraph();
    private byte[] file;
    private String fileName;

    ExternalCompletionDialog(RoutedTenant tenant, ExternalCompletions externals, Learner learner, Clock clock,
                             long course) {
        setHeaderTitle(getTranslation("training.external.record"));
        setMaxWidth("100%");
        Select<String> platform = new Select<>();
        platform.setId("external-platform");
        platform.setLabel(getTranslation("training.external.platform"));
        platform.setItems(PLATFORMS);
        platform.setValue(PLATFORMS.getFirst());
        DatePicker day = DatePickers.day(getTranslation("training.external.completed-on"));
        day.setId("external-day");
        day.setMax(VietnamCalendar.today(clock));
        day.setRequiredIndicatorVisible(true);
        Upload upload = new Upload();
        upload.setId("external-file");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ExternalCompletions.MAX_BYTES);
        upload.setAcceptedFileTypes(ExternalCompletions.KINDS.stream()
                .flatMap(kind -> Stream.of(kind.mediaType(), "." + kind.extension())).toArray(String[]::new));
        var texts = UploadTexts.of(this, "training.external.wrong-type");
        texts.getError().setFileIsTooBig(getTranslation("training.external.too-big"));
        upload.setI18n(texts);
        // The file is sent with the record, so another one may still be chosen instead: the list is cleared and the
        // choice said in words.
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            upload.clearFileList();
            file = bytes;
            fileName = metadata.fileName();
            chosen.setText(getTranslation("training.external.chosen", fileName));
            refusal.setVisible(false);
        }));
        chosen.setId("external-chosen");
        refusal.setId("external-refused");
        refusal.getStyle().set("color", "var(--lumo-error-text-color)");
        refusal.setVisible(false);
        Button send = new Button(getTranslation("training.external.send"), click -> {
            if (day.getValue() == null || file == null) {
                say(getTranslation("training.external.incomplete"));
                return;
            }
            try {
                tenant.enter(TrainingAccess.LEARN);
                externals.record(course, platform.getValue(), day.getValue(), new ByteArrayInputStream(file), fileName,
                        learner.subject(), tenant.caller().username(), learner.name());
            } catch (ProblemException refused) {
                say(refusalText(refused));
                return;
            }
            Notification.show(getTranslation("training.external.sent")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
        });
        send.setId("external-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("training.external.record.help")), platform, day, upload, chosen, refusal);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), send);
    }

    private String refusalText(ProblemException refused) {
        return switch (refused.problem().status()) {
            case 415 -> getTranslation("training.external.wrong-type");
            case 413 -> getTranslation("training.external.too-big");
            case 409 -> getTranslation("training.external.waiting");
            default -> refused.problem().detail();
        };
    }

    private void say(String text) {
        refusal.setText(text);
        refusal.setVisible(true);
    }
}
