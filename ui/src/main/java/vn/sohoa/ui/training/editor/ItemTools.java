package vn.sohoa.ui.training.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * The buttons of an item of the draft (a section, a lesson, a question): edit, move up, move down and delete, the
 * last after a confirmation. Icons of at least 44 px, so a thumb hits them on a phone.
 */
class ItemTools extends HorizontalLayout {

    ItemTools(String what, SerializableRunnable edit, SerializableRunnable up, SerializableRunnable down,
              SerializableRunnable delete) {
        add(tool(VaadinIcon.EDIT, "training.editor.edit", edit));
        if (up != null) {
            add(tool(VaadinIcon.ARROW_UP, "training.editor.up", up), tool(VaadinIcon.ARROW_DOWN, "training.editor.down", down));
        }
        add(tool(VaadinIcon.TRASH, "training.editor.delete", () -> confirm(what, delete)));
        setSpacing(false);
        setAlignItems(FlexComponent.Alignment.CENTER);
    }

    private Button tool(VaadinIcon icon, String key, SerializableRunnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClassName("tool-" + key.substring(key.lastIndexOf('.') + 1));
        button.setAriaLabel(getTranslation(key));
        button.setTooltipText(getTranslation(key));
        button.setMinWidth("44px");
        button.setMinHeight("44px");
        return button;
    }

    private void confirm(String what, SerializableRunnable delete) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("training.editor.delete.title", what));
        confirm.setText(getTranslation("training.editor.delete.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("form.cancel"));
        confirm.setConfirmText(getTranslation("form.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(event -> delete.run());
        confirm.open();
    }
}
