package vn.sohoa.ui.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import vn.sohoa.admin.settings.domain.StoredSettings;
import vn.sohoa.admin.settings.service.TenantSettingsService;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.ui.tenancy.RoutedTenant;

/**
 * A tenant's settings: shown to its members, saved by its administrators. Saving sends the
 * version that was read, so a change someone else saved meanwhile is refused, not overwritten.
 */
@Dependent
public class SettingsPanel extends VerticalLayout {

    private final TenantSettingsService settings;
    private SettingsForm form;
    private RoutedTenant current;
    private long version;

    @Inject
    SettingsPanel(TenantSettingsService settings) {
        this.settings = settings;
        setPadding(false);
        // Read each time the tab is shown, so a tab opened again shows what is stored now.
        addAttachListener(attach -> {
            StoredSettings stored = settings.read(current.enter(Access.READ).code());
            version = stored.version();
            form.show(SettingsFields.of(stored.settings()));
        });
    }

    /** Shows this tenant's settings, editable by its administrators; replaces what was shown before. */
    public SettingsPanel show(RoutedTenant tenant) {
        current = tenant;
        form = new SettingsForm();
        removeAll();
        add(form);
        if (!current.administered()) {
            form.readOnly();
            return this;
        }
        Button save = new Button(getTranslation("form.save"), click -> form.fields().ifPresent(fields -> {
            String code = current.enter(Access.ADMINISTER).code();
            version = settings.replace(code, fields.settings(), version).version();
            Notification.show(getTranslation("settings.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save);
        return this;
    }
}
