package vn.sohoa.ui.members;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The temporary password of a person just invited, shown this once for the administrator to hand over.
 * Sohoa keeps no copy; the person replaces it at their first login.
 */
class TemporaryPasswordDialog extends Dialog {

    TemporaryPasswordDialog(String username, String temporaryPassword) {
        setHeaderTitle(getTranslation("invite.done", username));
        setWidth("32rem");
        setMaxWidth("100%");
        Span password = new Span(temporaryPassword);
        password.setId("temporary-password");
        password.addClassNames(LumoUtility.FontSize.XLARGE, LumoUtility.FontWeight.SEMIBOLD);
        password.getStyle().set("font-family", "monospace");
        add(new Paragraph(getTranslation("invite.password")), password,
                new Paragraph(getTranslation("invite.password.hand-over")));
        Button close = new Button(getTranslation("invite.password.noted"), click -> close());
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        setCloseOnOutsideClick(false);
    }
}
