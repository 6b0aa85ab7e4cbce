package vn.sohoa.ui.lifecycle;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import vn.sohoa.admin.tenants.api.StatusChangeRequest;
import vn.sohoa.admin.tenants.service.TenantLifecycleService;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.domain.TenantStatus;
import vn.sohoa.ui.form.RequestRules;
import vn.sohoa.ui.tenancy.RoutedTenant;

/**
 * Suspend, reactivate and archive buttons for whoever governs a tenant from above; each asks
 * for a confirmation and an optional reason first. Only the changes the tenant's state allows are offered.
 */
@Dependent
public class LifecycleActions extends HorizontalLayout {

    private final TenantLifecycleService lifecycle;
    private RoutedTenant current;

    @Inject
    LifecycleActions(TenantLifecycleService lifecycle) {
        this.lifecycle = lifecycle;
        setWrap(true);
    }

    /** Shows the changes the tenant's state allows, to whoever governs it; replaces what was shown before. */
    public LifecycleActions show(RoutedTenant shown) {
        current = shown;
        removeAll();
        TenantSnapshot tenant = current.tenant();
        setVisible(current.governed());
        if (!isVisible()) {
            return this;
        }
        if (tenant.status().canBecome(TenantStatus.SUSPENDED)) {
            add(action(tenant, TenantStatus.SUSPENDED, "lifecycle.suspend", VaadinIcon.PAUSE));
        }
        if (tenant.status().canBecome(TenantStatus.ACTIVE)) {
            add(action(tenant, TenantStatus.ACTIVE, "lifecycle.reactivate", VaadinIcon.PLAY));
        }
        if (tenant.status().canBecome(TenantStatus.ARCHIVED)) {
            add(action(tenant, TenantStatus.ARCHIVED, "lifecycle.archive", VaadinIcon.ARCHIVE));
        }
        return this;
    }

    private Button action(TenantSnapshot tenant, TenantStatus next, String key, VaadinIcon icon) {
        return new Button(getTranslation(key), icon.create(), click -> confirm(tenant, next, key));
    }

    private void confirm(TenantSnapshot tenant, TenantStatus next, String key) {
        TextArea reason = new TextArea(getTranslation("lifecycle.reason"));
        reason.setMaxLength(new RequestRules(StatusChangeRequest.class).maxLength("reason"));
        reason.setWidthFull();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation(key + ".title", tenant.name()));
        // The dialog's text and added components share one slot, so the text is a paragraph of its own.
        dialog.add(new Paragraph(getTranslation(key + ".text", tenant.name())), reason);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("form.cancel"));
        dialog.setConfirmText(getTranslation(key));
        dialog.setConfirmButtonTheme(next == TenantStatus.ACTIVE ? "primary" : "error primary");
        dialog.addConfirmListener(confirmed -> {
            String code = current.enter(Access.GOVERN).code();
            lifecycle.changeStatus(code, next, reason.getValue().isBlank() ? null : reason.getValue().strip());
            Notification.show(getTranslation("lifecycle.done", getTranslation("tenant.status." + next)))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().refreshCurrentRoute(false);
        });
        dialog.open();
    }
}
