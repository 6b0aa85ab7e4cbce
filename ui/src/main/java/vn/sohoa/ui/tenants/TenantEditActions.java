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
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * Adding a tenant below this one (for its administrators), which then opens the new tenant's page, and
 * renaming it or correcting its kind (for those who govern it from above). A tenant that has ended takes
 * neither; a suspended one may be renamed but gets no new tenants below it until it is reactivated.
 */
@Dependent
public class TenantEditActions extends HorizontalLayout {

    private final TenantService tenants;
    private final TenantLifecycleService lifecycle;

    @Inject
    TenantEditActions(TenantService tenants, TenantLifecycleService lifecycle) {
        this.tenants = tenants;
        this.lifecycle = lifecycle;
        setWrap(true);
    }

    /** Shows the buttons the person has for this tenant, replacing those shown before. */
    TenantEditActions show(RoutedTenant current) {
        removeAll();
        TenantSnapshot tenant = current.tenant();
        setVisible(!tenant.status().isFinal());
        if (tenant.status().isFinal()) {
            return this;
        }
        if (tenant.status() == TenantStatus.ACTIVE && current.administered()) {
            add(new Button(getTranslation("tenants.add-child"), VaadinIcon.PLUS.create(), click ->
                    TenantForm.dialog(getTranslation("tenants.add-child.title", tenant.name()), TenantFields.BLANK,
                            fields -> {
                                tenants.create(current.caller(),
                                        new TenantDraft(fields.code(), fields.name(), fields.kind(), tenant.code()));
                                notify("tenants.created", fields.name());
                                UI.getCurrent().navigate(TenantRoutes.pageOf(fields.code(), "tenant"));
                            }).open()));
        }
        if (current.governed()) {
            add(new Button(getTranslation("tenants.edit"), VaadinIcon.EDIT.create(), click ->
                    TenantForm.dialog(getTranslation("tenants.edit.title", tenant.name()),
                            new TenantFields(tenant.code(), tenant.name(), tenant.kind()), fields -> {
                                current.enter(Access.GOVERN);
                                lifecycle.describe(tenant.code(), fields.name(), fields.kind(), tenant.version());
                                notify("tenants.saved", fields.name());
                                UI.getCurrent().refreshCurrentRoute(false);
                            }).open()));
        }
        return this;
    }

    private void notify(String messageKey, String name) {
        Notification.show(getTranslation(messageKey, name)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
