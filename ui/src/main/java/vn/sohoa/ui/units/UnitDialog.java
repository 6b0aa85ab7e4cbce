package vn.sohoa.ui.units;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.theme.lumo.LumoUtility;
import vn.sohoa.platform.units.domain.Unit;
import vn.sohoa.platform.units.service.UnitDraft;
import vn.sohoa.ui.form.FormDialog;

/**
 * The sub-unit form in a dialog; an existing sub-unit's dialog can also delete it, after a confirmation.
 * Like saving, deleting closes the dialog only when it succeeds.
 */
class UnitDialog extends FormDialog<UnitDraft> {

    private UnitDialog(UnitForm form, String title, SerializableConsumer<UnitDraft> save) {
        super(title, form, form::draft, save);
    }

    private static UnitDialog showing(UnitDraft draft, String titleKey, SerializableConsumer<UnitDraft> save) {
        UnitForm form = new UnitForm();
        form.show(draft);
        return new UnitDialog(form, form.getTranslation(titleKey, draft.code()), save);
    }

    static UnitDialog adding(SerializableConsumer<UnitDraft> save) {
        return showing(UnitForm.BLANK, "form.add.title", save);
    }

    static UnitDialog editing(Unit unit, SerializableConsumer<UnitDraft> save, SerializableRunnable delete) {
        UnitDraft draft = new UnitDraft(unit.code(), unit.name(), unit.type(), unit.households(), unit.population());
        UnitDialog dialog = showing(draft, "form.edit.title", save);
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
