package vn.sohoa.ui.units;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.theme.lumo.LumoUtility;
import vn.sohoa.platform.units.domain.Unit;
import vn.sohoa.platform.units.service.UnitDraft;

/**
 * The form in a dialog, which fits a phone as well as a desktop. It closes only when saving or deleting
 * succeeds; a refused change leaves it open for correcting.
 */
class UnitDialog extends Dialog {

    private final UnitForm form = new UnitForm();

    private UnitDialog(UnitDraft draft, SerializableConsumer<UnitDraft> save, String titleKey) {
        setHeaderTitle(getTranslation(titleKey, draft.code()));
        setWidth("36rem");
        setMaxWidth("100%");
        form.show(draft);
        add(form);
        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        Button saveButton = new Button(getTranslation("form.save"), click -> form.draft().ifPresent(valid -> {
            save.accept(valid);
            close();
        }));
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, saveButton);
    }

    static UnitDialog adding(SerializableConsumer<UnitDraft> save) {
        return new UnitDialog(UnitForm.BLANK, save, "form.add.title");
    }

    static UnitDialog editing(Unit unit, SerializableConsumer<UnitDraft> save, SerializableRunnable delete) {
        UnitDraft draft = new UnitDraft(unit.code(), unit.name(), unit.type(), unit.households(), unit.population());
        UnitDialog dialog = new UnitDialog(draft, save, "form.edit.title");
        Button deleteButton = new Button(dialog.getTranslation("form.delete"),
                click -> dialog.confirmDelete(unit.code(), delete));
        deleteButton.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        deleteButton.addClassNames(LumoUtility.Margin.End.AUTO);
        dialog.getFooter().addComponentAsFirst(deleteButton);
        return dialog;
    }

    private void confirmDelete(String code, SerializableRunnable delete) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("delete.title", code));
        confirm.setText(getTranslation("delete.text", code));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("form.cancel"));
        confirm.setConfirmText(getTranslation("form.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(confirmed -> {
            delete.run();
            close();
        });
        confirm.open();
    }
}
