package vn.sohoa.ui.supportlog;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import vn.sohoa.platform.support.api.DeletionRequest;
import vn.sohoa.ui.form.RequestRules;

/**
 * Asks why a record is deleted before deleting it: the deletion is soft, and the reason stays with the
 * record and in the audit trail, so it is required.
 */
class DeletionDialog extends Dialog {

    DeletionDialog(SerializableConsumer<String> delete) {
        setHeaderTitle(getTranslation("support.delete.title"));
        setWidth("min(30em, 100%)");
        TextArea reason = new TextArea(getTranslation("support.delete.reason"));
        reason.setRequired(true);
        reason.setMaxLength(new RequestRules(DeletionRequest.class).maxLength("reason"));
        reason.setWidthFull();
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        add(new Paragraph(getTranslation("support.delete.text")), reason);
        Button confirm = new Button(getTranslation("form.delete"), click -> {
            delete.accept(reason.getValue().strip());
            close();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setEnabled(false);
        reason.addValueChangeListener(change -> confirm.setEnabled(!change.getValue().isBlank()));
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), confirm);
    }
}
