package vn.sohoa.ui.form;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import java.util.Optional;

/**
 * A form in a dialog, which fits a phone as well as a desktop. Saving takes what the form holds when it
 * is valid (an invalid form marks its fields and stays open); the dialog closes only when saving
 * succeeds, so a refused change (a code already taken, a stale version) leaves it open for correcting.
 * A tap beside the dialog does not close it: on a phone that tap is easily made by mistake, and it would
 * throw away everything typed (a template's whole design); Cancel or Escape close it on purpose.
 *
 * @param <T> what the form produces
 */
public class FormDialog<T> extends Dialog {

    public FormDialog(String title, Component form, SerializableSupplier<Optional<T>> entered,
                      SerializableConsumer<T> save) {
        setHeaderTitle(title);
        setWidth("36rem");
        setMaxWidth("100%");
        setCloseOnOutsideClick(false);
        add(form);
        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        Button saveButton = new Button(getTranslation("form.save"), click -> entered.get().ifPresent(valid -> {
            save.accept(valid);
            close();
        }));
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, saveButton);
    }
}
