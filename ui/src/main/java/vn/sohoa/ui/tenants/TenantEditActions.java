package vn.sohoa.ui.tenants;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import vn.sohoa.admin.tenants.service.TenantDraft;
import vn.sohoa.admin.tenants.service.TenantLifecycleService;
import vn.sohoa.admin.tenants.service.TenantService;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.domain.TenantStatus;
import vn.sohoa.ui.tenancy.CurrentTenant;

/**
 * Adding a tenant below the chosen one (for its administrators) and renaming it or correcting its kind
 * (for those who govern it from above). A tenant that has ended takes neither; a suspended one may be
 * renamed but gets no new tenants below it until it is reactivated.
 */
@Dependent
public class TenantEditActions extends HorizontalLayout {

    @Inject
    TenantEditActions(CurrentTenant current, TenantService tenants, TenantLifecycleService lifecycle) {
        setWrap(true);
        TenantSnapshot tenant = current.chosen().orElse(null);
        if (tenant == null || tenant.status().isFinal()) {
            setVisible(false);
            return;
        }
        if (tenant.status() == TenantStatus.ACTIVE && current.administered()) {
            add(new Button(getTranslation("tenants.add-child"), VaadinIcon.PLUS.create(), click ->
                    TenantForm.dialog(getTranslation("tenants.add-child.title", tenant.name()), TenantFields.BLANK,
                            fields -> {
                                tenants.create(current.caller(),
                                        new TenantDraft(fields.code(), fields.name(), fields.kind(), tenant.code()));
                                current.choose(fields.code());
                                done("tenants.created", fields.name());
                            }).open()));
        }
        if (current.governed()) {
            add(new Button(getTranslation("tenants.edit"), VaadinIcon.EDIT.create(), click ->
                    TenantForm.dialog(getTranslation("tenants.edit.title", tenant.name()),
                            new TenantFields(tenant.code(), tenant.name(), tenant.kind()), fields -> {
                                current.enter(Access.GOVERN);
                                lifecycle.describe(tenant.code(), fields.name(), fields.kind(), tenant.version());
                                done("tenants.saved", fields.name());
                            }).open()));
        }
    }

    private void done(String messageKey, String name) {
        Notification.show(getTranslation(messageKey, name)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        UI.getCurrent().refreshCurrentRoute(false);
    }
}
