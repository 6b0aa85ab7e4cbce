package vn.sohoa.ui.supportlog;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.support.domain.SupportAccess;
import vn.sohoa.platform.support.domain.SupportLog;
import vn.sohoa.platform.support.service.SupportLogQuery;
import vn.sohoa.platform.support.service.SupportLogService;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantPage;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * The support the signed-in person logged this week (Monday to Sunday in Vietnam), newest first. A tap
 * on a record opens it for correcting, or deleting with a reason (a soft deletion, as in the API).
 */
@Route(value = TenantRoutes.TENANT + "support/week", layout = MainLayout.class)
@Menu(title = "support.week.title", icon = "vaadin:calendar-user", order = 0.5)
public class MyWeekView extends TenantPage implements HasDynamicTitle {

    /** More records than anyone logs in a week; the grid then shows them without paging. */
    private static final int A_WEEK = 1000;

    private final SupportLogService logs;
    private final EntrySources sources;
    private RoutedTenant tenant;
    private SupportLogGrid grid;

    @Inject
    public MyWeekView(TenantRoutes routes, SupportLogService logs, EntrySources sources) {
        super(routes);
        this.logs = logs;
        this.sources = sources;
        setSizeFull();
    }

    @Override
    protected void show(RoutedTenant shown) {
        tenant = shown;
        if (!tenant.allows(SupportAccess.LOG)) {
            add(new Paragraph(getTranslation("support.cannot-log")));
            return;
        }
        tenant.enter(SupportAccess.LOG);
        grid = new SupportLogGrid(sources.categories());
        grid.addItemClickListener(click -> correct(click.getItem()));
        add(new H2(getTranslation("support.week.title")), grid);
        show();
    }

    private void show() {
        tenant.enter(SupportAccess.LOG);
        SupportLogQuery week = new SupportLogQuery(sources.startOfThisWeek(), null, null, null, null, null,
                tenant.caller().subject());
        grid.setItems(logs.list(week, new PageRequest(0, A_WEEK)).items());
    }

    private void correct(SupportLog log) {
        tenant.enter(SupportAccess.LOG);
        new CorrectionDialog(log, sources.places(), sources.categoriesFor(log.facts()), entry -> {
            tenant.enter(SupportAccess.LOG);
            logs.correct(log.id(), entry.facts(), log.version(), tenant.caller(), supervises());
            show();
        }, reason -> {
            tenant.enter(SupportAccess.LOG);
            logs.delete(log.id(), reason, tenant.caller(), supervises());
            show();
            Notification.show(getTranslation("support.deleted")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }).open();
    }

    private boolean supervises() {
        return tenant.allows(SupportAccess.SUPERVISE);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support.week.title") + " · Sohoa";
    }
}
