package vn.sohoa.ui.training;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableConsumer;
import vn.sohoa.platform.training.api.RefusalRequest;
import vn.sohoa.ui.form.RequestRules;

/** Refusing a certificate from another platform: the reason the person is told, checked as {@link RefusalRequest}. */
class RefusalDialog extends Dialog {

    private String reason;

    RefusalDialog(SerializableConsumer<String> refuse) {
        setHeaderTitle(getTranslation("training.external.refuse"));
        setMaxWidth("100%");
        RequestRules rules = new RequestRules(RefusalRequest.class);
        Binder<RefusalDialog> binder = new Binder<>();
        TextArea reasonField = new TextArea(getTranslation("training.external.reason"));
        reasonField.setWidthFull();
        binder.forField(reasonField).asRequired(getTranslation("form.required"))
                .withValidator(rules.check("reason", getTranslation("training.external.reason.invalid")))
                .bind(d -> d.reason, (d, value) -> d.reason = value);
        binder.setBean(this);
        add(reasonField);
        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        Button confirm = new Button(getTranslation("training.external.refuse"), click -> {
            if (binder.validate().isOk()) {
                refuse.accept(reason.strip());
                close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, confirm);
    }
}
