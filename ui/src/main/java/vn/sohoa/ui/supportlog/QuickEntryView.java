package vn.sohoa.ui.supportlog;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.UUID;
import vn.sohoa.platform.support.domain.SupportAccess;
import vn.sohoa.platform.support.domain.SupportFacts;
import vn.sohoa.platform.support.service.IdempotentLogging;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantPage;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * Logging one act of support from a phone in well under a minute: the time, the member's hamlet and
 * last category come filled in, so a common case is one tap on a category and one on "save".
 *
 * <p>Each entry carries one idempotency key from its first "save" until a save succeeds, and goes
 * through the same {@link IdempotentLogging} as the API: however often a save is sent again after the
 * network dropped its answer, one record is written. Only a success starts a new entry with a new key.
 */
@Route(value = TenantRoutes.TENANT + "support/new", layout = MainLayout.class)
@Menu(title = "support.new.title", icon = "vaadin:plus-circle", order = 0)
public class QuickEntryView extends TenantPage implements HasDynamicTitle {

    private final IdempotentLogging logging;
    private final EntrySources sources;
    private RoutedTenant tenant;
    private SupportEntryForm form;
    private EntryDefaults defaults;
    private String key;

    @Inject
    public QuickEntryView(TenantRoutes routes, IdempotentLogging logging, EntrySources sources) {
        super(routes);
        this.logging = logging;
        this.sources = sources;
        getStyle().set("max-width", "36em").set("margin", "0 auto");
    }

    @Override
    protected void show(RoutedTenant shown) {
        tenant = shown;
        key = UUID.randomUUID().toString();
        if (!tenant.allows(SupportAccess.LOG)) {
            add(new Paragraph(getTranslation("support.cannot-log")));
            return;
        }
        tenant.enter(SupportAccess.LOG);
        defaults = sources.defaults(tenant.caller());
        form = new SupportEntryForm(sources.places(), sources.activeCategories());
        form.show(SupportEntry.usual(defaults, sources.now()));
        Button save = new Button(getTranslation("form.save"));
        // Disabled in the browser at the tap, so a double tap cannot send the fresh entry after this one.
        save.setDisableOnClick(true);
        save.addClickListener(click -> {
            try {
                save();
            } finally {
                save.setEnabled(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setWidthFull();
        save.getStyle().set("min-height", "48px");
        add(new H2(getTranslation("support.new.title")), form, save);
    }

    private void save() {
        form.entry().ifPresent(entry -> {
            tenant.enter(SupportAccess.LOG);
            Caller caller = tenant.caller();
            SupportFacts facts = entry.facts();
            logging.log(key, facts, caller);
            key = UUID.randomUUID().toString();
            defaults = new EntryDefaults(entry.unitCode, entry.categoryCode, defaults.memberId());
            form.show(SupportEntry.usual(defaults, sources.now()));
            Notification.show(getTranslation("support.saved", facts.peopleCount()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support.new.title") + " · Sohoa";
    }
}
