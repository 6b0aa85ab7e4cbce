package vn.sohoa.ui.monitoring;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.inject.Inject;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.monitoring.domain.Dashboard;
import vn.sohoa.platform.monitoring.domain.Period;
import vn.sohoa.platform.monitoring.domain.WeeklySummary;
import vn.sohoa.platform.monitoring.service.DashboardReport;
import vn.sohoa.platform.monitoring.service.Dashboards;
import vn.sohoa.platform.monitoring.service.WeeklySummaries;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantDownload;
import vn.sohoa.ui.tenancy.TenantPage;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * The weekly summary of a tenant ({@code /t/{code}/weekly/{monday}}): the dashboard's cards for one week that has
 * ended, its workbook, and the person's subscription. This is the page a mail or Zalo message links to; anyone who
 * may read the tenant opens it.
 */
@Route(value = TenantRoutes.TENANT + "weekly/:week", layout = MainLayout.class)
public class WeeklySummaryView extends TenantPage implements HasDynamicTitle {

    private final Dashboards dashboards;
    private final WeeklySummaries summaries;
    private final DashboardReport report;

    @Inject
    public WeeklySummaryView(TenantRoutes routes, Dashboards dashboards, WeeklySummaries summaries,
                             DashboardReport report) {
        super(routes);
        this.dashboards = dashboards;
        this.summaries = summaries;
        this.report = report;
        setId("weekly-summary");
        setWidthFull();
    }

    @Override
    protected void show(RoutedTenant tenant) {
        TenantSnapshot entered = tenant.enter(Access.READ);
        Period week;
        try {
            week = summaries.week(parameter("week").orElse(""));
        } catch (ProblemException refused) {
            add(new Paragraph(getTranslation("dashboard.weekly.no-such-week",
                    VietnamCalendar.DAY.format(summaries.lastWeek()))));
            return;
        }
        Dashboard dashboard = dashboards.of(entered, week);
        H2 title = new H2(getTranslation("dashboard.weekly.title", tenant.tenant().name(),
                VietnamCalendar.DAY.format(week.from()), VietnamCalendar.DAY.format(week.to())));
        title.addClassNames(LumoUtility.Margin.NONE);
        Anchor workbook = new Anchor(new TenantDownload(tenant, Access.READ,
                code -> DashboardReport.fileName(dashboard, "xlsx"), DashboardView.XLSX,
                out -> {
                    TenantSnapshot again = tenant.enter(Access.READ);
                    report.write(dashboards.of(again, week), dashboards.rankings(again, week), getLocale(), out);
                }), getTranslation("dashboard.weekly.workbook"));
        workbook.setId("weekly-xlsx");
        Button subscription = new Button();
        subscription.setId("weekly-subscription");
        label(subscription, summaries.of(entered, week.from(), tenant.caller()));
        subscription.addClickListener(click -> {
            TenantSnapshot again = tenant.enter(Access.READ);
            if (summaries.of(again, week.from(), tenant.caller()).subscribed()) {
                summaries.unsubscribe(tenant.caller());
            } else {
                summaries.subscribe(tenant.caller());
            }
            label(subscription, summaries.of(again, week.from(), tenant.caller()));
        });
        FlexLayout actions = new FlexLayout(workbook, subscription);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.addClassNames(LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.CENTER);
        Span asOf = new Span(getTranslation("monitoring.as-of", VietnamCalendar.DAY_TIME.format(dashboard.getAsOf())));
        asOf.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        add(title, actions, asOf, new FigureCards(dashboard), new SectionCards(dashboard));
    }

    private void label(Button subscription, WeeklySummary summary) {
        subscription.setText(getTranslation(summary.subscribed() ? "dashboard.weekly.unsubscribe"
                : "dashboard.weekly.subscribe"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.weekly") + " · Sohoa";
    }
}
