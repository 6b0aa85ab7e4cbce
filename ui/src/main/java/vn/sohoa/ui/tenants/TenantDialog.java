package vn.sohoa.ui.tenants;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * The tenant form in a dialog: a new tenant (blank fields), or a new name and kind for an existing one.
 * It closes only when saving succeeds; a refused change (a code already taken, a stale version) leaves
 * it open for correcting.
 */
class TenantDialog extends Dialog {

    TenantDialog(String title, TenantFields fields, SerializableConsumer<TenantFields> save) {
        setHeaderTitle(title);
        setWidth("36rem");
        setMaxWidth("100%");
        TenantForm form = new TenantForm();
        form.show(fields);
        add(form);
        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        Button saveButton = new Button(getTranslation("form.save"), click -> form.fields().ifPresent(valid -> {
            save.accept(valid);
            close();
        }));
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, saveButton);
    }
}
