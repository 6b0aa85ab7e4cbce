package vn.sohoa.ui.supportlog;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import vn.sohoa.platform.categories.domain.SupportCategory;
import vn.sohoa.platform.support.domain.SupportLog;
import vn.sohoa.platform.units.domain.Unit;

/**
 * A logged record in the entry form, to correct it or to delete it with a reason; closes once the change
 * is stored.
 */
class CorrectionDialog extends Dialog {

    CorrectionDialog(SupportLog log, List<Unit> places, List<SupportCategory> categories,
                     SerializableConsumer<SupportEntry> correct, SerializableConsumer<String> delete) {
        setHeaderTitle(getTranslation("support.correct.title"));
        // As wide as the entry page, and no wider than a phone: the buttons then wrap instead of overflowing.
        setWidth("min(36em, 100%)");
        SupportEntryForm form = new SupportEntryForm(places, categories);
        form.show(SupportEntry.of(log.facts()));
        add(form);
        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        Button save = new Button(getTranslation("form.save"), click -> form.entry().ifPresent(entry -> {
            correct.accept(entry);
            close();
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button remove = new Button(getTranslation("form.delete"), click -> new DeletionDialog(reason -> {
            delete.accept(reason);
            close();
        }).open());
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.getStyle().set("margin-inline-end", "auto");
        getFooter().add(remove, cancel, save);
    }
}
