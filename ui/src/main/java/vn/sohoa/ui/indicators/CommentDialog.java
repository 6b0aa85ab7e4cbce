package vn.sohoa.ui.indicators;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Optional;
import vn.sohoa.platform.indicators.api.DecisionRequest;
import vn.sohoa.ui.form.FormDialog;
import vn.sohoa.ui.form.RequestRules;

/** Asks why a form is returned or its approval taken back, checked as the API checks a {@link DecisionRequest}. */
class CommentDialog extends FormDialog<String> {

    CommentDialog(String title, TextArea comment, SerializableConsumer<String> decide) {
        super(title, comment, () -> read(comment), decide);
    }

    static CommentDialog open(String title, String label, SerializableConsumer<String> decide) {
        TextArea comment = new TextArea(label);
        comment.setId("report-comment");
        comment.setWidthFull();
        comment.setMaxLength(new RequestRules(DecisionRequest.class).maxLength("comment"));
        CommentDialog dialog = new CommentDialog(title, comment, decide);
        dialog.open();
        return dialog;
    }

    private static Optional<String> read(TextArea comment) {
        boolean valid = new RequestRules(DecisionRequest.class).accepts("comment", comment.getValue());
        comment.setInvalid(!valid);
        comment.setErrorMessage(valid ? null : comment.getTranslation("form.required"));
        return valid ? Optional.of(comment.getValue().strip()) : Optional.empty();
    }
}
