package vn.sohoa.ui.monitoring;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.categories.domain.SupportCategory;
import vn.sohoa.platform.categories.service.SupportCategoryService;
import vn.sohoa.platform.monitoring.domain.ActivityFigures;
import vn.sohoa.platform.monitoring.domain.Dashboard;
import vn.sohoa.platform.monitoring.domain.Period;
import vn.sohoa.platform.monitoring.domain.Ranking;
import vn.sohoa.platform.monitoring.service.DashboardPdf;
import vn.sohoa.platform.monitoring.service.DashboardReport;
import vn.sohoa.platform.monitoring.service.Dashboards;
import vn.sohoa.platform.monitoring.service.WeeklySummaries;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantDownload;
import vn.sohoa.ui.tenancy.TenantPage;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * A tenant's home ({@code /t/{code}}): the dashboard of its whole subtree for the period picked, the same figures
 * as {@code GET …/dashboard}. A child clicked in the ranking or the map opens its own dashboard with the same
 * period; the breadcrumbs lead back up; the report buttons download them as XLSX and PDF; full screen is the wall
 * of the operations centre ({@link WallMode}).
 */
@Route(value = TenantRoutes.HOME, layout = MainLayout.class)
@Menu(title = "monitoring.title", icon = "vaadin:dashboard", order = 0)
public class DashboardView extends TenantPage implements HasDynamicTitle {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String COLUMN = "36rem";

    private final TenantRoutes routes;
    private final Dashboards dashboards;
    private final DashboardReport report;
    private final DashboardPdf pdf;
    private final Clock clock;
    private final WeeklySummaries weekly;
    private final SupportCategoryService categories;
    private final WallMode wall;
    /**
     * The figures, in two columns where the width holds two of at least {@value #COLUMN} (a desktop, the wall: the
     * trend beside the ranking, the map beside the section charts), else in one (a phone).
     */
    private final Div figures = columns();
    /** The figures' parts: the cards, the trend, the ranking and the rest, each redrawn on its own. */
    private final Div cards = part(), trend = part(), rankings = part(), details = columns();
    /** The ranking on screen, which a refresh updates in place; null while none is shown. */
    private RankingPanel ranking;
    /** The metric last picked in a ranking, kept when the period or the child changes. */
    private String metric;
    private RoutedTenant tenant;
    private Period period;
    /** The day the page was drawn on, whose month it shows unless the person picked another period. */
    private LocalDate shownOn;
    private Dashboard shown;
    /** Which load the browser's call back belongs to: only the last one's, and only once. */
    private int loads;

    @Inject
    public DashboardView(TenantRoutes routes, Dashboards dashboards, DashboardReport report, DashboardPdf pdf,
                         Clock clock, WeeklySummaries weekly, SupportCategoryService categories,
                         @ConfigProperty(name = "sohoa.dashboard.wall-refresh", defaultValue = "PT1M")
                         Duration wallRefresh) {
        super(routes);
        this.routes = routes;
        this.dashboards = dashboards;
        this.report = report;
        this.pdf = pdf;
        this.clock = clock;
        this.weekly = weekly;
        this.categories = categories;
        this.wall = new WallMode(this, wallRefresh, this::refresh);
        setId("dashboard");
        setWidthFull();
        getStyle().set("background", "var(--lumo-base-color)").set("overflow", "auto").set("box-sizing", "border-box");
        figures.add(cards, trend, rankings, details);
        cards.getStyle().set("grid-column", "1 / -1");
        details.getStyle().set("grid-column", "1 / -1");
    }

    private static Div columns() {
        Div columns = new Div();
        columns.setWidthFull();
        columns.addClassNames(LumoUtility.Gap.MEDIUM);
        columns.getStyle().set("display", "grid").set("align-items", "start")
                .set("grid-template-columns", "repeat(auto-fit, minmax(min(100%, max(" + COLUMN + ", 40%)), 1fr))");
        return columns;
    }

    private static Div part() {
        Div part = new Div();
        part.setWidthFull();
        part.getStyle().set("min-width", "0");
        part.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.MEDIUM);
        return part;
    }

    static RouteParameters parameters(String code) {
        return new RouteParameters(TenantRoutes.CODE, code);
    }

    @Override
    protected void show(RoutedTenant shown) {
        tenant = shown;
        LocalDate today = VietnamCalendar.today(clock);
        shownOn = today;
        period = period == null ? Period.monthOf(today) : period;
        H2 name = new H2(shown.tenant().name());
        name.addClassNames(LumoUtility.Margin.NONE);
        Anchor xlsx = new Anchor(new TenantDownload(shown, Access.READ, code -> "bao-cao-cds-" + code + ".xlsx", XLSX,
                out -> {
                    TenantSnapshot entered = tenant.enter(Access.READ);
                    report.write(dashboards.of(entered, period), dashboards.rankings(entered, period), getLocale(), out);
                }), getTranslation("monitoring.report"));
        xlsx.setId("report-xlsx");
        Anchor printable = new Anchor(new TenantDownload(shown, Access.READ, code -> "bao-cao-cds-" + code + ".pdf",
                "application/pdf", out -> {
                    TenantSnapshot entered = tenant.enter(Access.READ);
                    pdf.write(dashboards.of(entered, period), dashboards.rankings(entered, period), getLocale(), out);
                }), getTranslation("monitoring.report-pdf"));
        printable.setId("report-pdf");
        RouterLink summary = new RouterLink(getTranslation("dashboard.weekly"), WeeklySummaryView.class,
                new RouteParameters(Map.of(TenantRoutes.CODE, shown.code(), "week", weekly.lastWeek().toString())));
        summary.setId("weekly-summary-link");
        FlexLayout actions = new FlexLayout(wall.button(), xlsx, printable, summary);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.addClassNames(LumoUtility.Gap.MEDIUM, LumoUtility.AlignItems.CENTER);
        wall.hideWhileOn(actions);
        add(new Breadcrumbs(shown.tenant(), routes), name, actions,
                new PeriodPicker(today, period, chosen -> load(chosen)), figures);
        load(period);
    }

    /**
     * Shows the figures again, as the wall does every minute, in one answer and in place: the charts are redrawn in
     * the same round trip as the cards and the ranking keeps its table and the metric picked, so the wall never shows
     * an empty chart or table. A wall showing the month it was opened in moves on to the new month when one begins,
     * picker and all; a period the person picked stays.
     */
    private void refresh() {
        LocalDate today = VietnamCalendar.today(clock);
        if (period.equals(Period.monthOf(shownOn)) && !period.equals(Period.monthOf(today))) {
            period = Period.monthOf(today);
            removeAll();
            show(tenant);
        } else {
            shown = null;
            charts(cards(period), true);
        }
    }

    /**
     * Shows the figures of the period: first the cards, in the answer to this round trip, so they appear without
     * waiting for the charts' script or the rankings; then, when the browser has drawn them and calls back, the
     * charts, the ranking and the lists (see {@link #more(int)}).
     */
    private void load(Period chosen) {
        shown = cards(chosen);
        trend.removeAll();
        dropRanking();
        details.removeAll();
        getElement().executeJs("requestAnimationFrame(() => setTimeout(() => this.$server.more($0)))", loads);
    }

    /** Shows the "as of" time and the cards of the period, and returns its figures; a pending call back is void. */
    private Dashboard cards(Period chosen) {
        period = chosen;
        Dashboard dashboard = dashboards.of(tenant.enter(Access.READ), chosen);
        Span asOf = new Span(getTranslation("monitoring.as-of", VietnamCalendar.DAY_TIME.format(dashboard.getAsOf())));
        asOf.setId("as-of");
        asOf.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        cards.removeAll();
        cards.add(asOf, new FigureCards(dashboard), new SectionCards(dashboard));
        loads++;
        return dashboard;
    }

    /** The charts, the ranking and the lists of the figures on screen, once the browser has drawn their cards. */
    @ClientCallable
    void more(int load) {
        if (load != loads || shown == null) {
            return;
        }
        Dashboard dashboard = shown;
        shown = null;
        charts(dashboard, false);
    }

    /**
     * Shows the trend, the ranking, the map and the lists of these figures.
     *
     * @param inPlace whether a ranking on screen is read again in place rather than made anew
     */
    private void charts(Dashboard dashboard, boolean inPlace) {
        trend.removeAll();
        if (dashboard.sections().get("activity") instanceof ActivityFigures activity) {
            trend.add(new H3(getTranslation("monitoring.trend")), new WeeklyTrend(activity));
        }
        Ranking coverage = dashboards.metrics().contains("coverage")
                ? dashboards.ranking(tenant.enter(Access.READ), "coverage", period) : null;
        details.removeAll();
        if (coverage == null || coverage.items().isEmpty()) {
            dropRanking();
        } else {
            if (inPlace && ranking != null) {
                ranking.refresh();
            } else {
                dropRanking();
                ranking = new RankingPanel(dashboards.metrics(), metric,
                        picked -> dashboards.ranking(tenant.enter(Access.READ), picked, period), this::open);
                rankings.add(new H3(getTranslation("monitoring.ranking")), ranking);
                rankings.setVisible(true);
            }
            Div map = part();
            map.add(new H3(getTranslation("monitoring.map")), new CoverageMap(coverage, this::open));
            details.add(map);
        }
        trend.getStyle().set("grid-column", ranking == null ? "1 / -1" : null);
        Stream.of(new SectionCharts(dashboard, categoryLabels()), new AttentionLists(dashboard),
                new ProgressLists(dashboard)).filter(part -> part.getChildren().findAny().isPresent()).forEach(part -> {
                    part.getStyle().set("min-width", "0");
                    details.add(part);
                });
    }

    /** Takes the ranking off the page, remembering the metric picked in it. */
    private void dropRanking() {
        if (ranking != null) {
            metric = ranking.metric();
            ranking = null;
        }
        rankings.removeAll();
        rankings.setVisible(false);
    }

    /** The labels of the support categories the entered tenant sees, by code, in the page's language. */
    private Map<String, String> categoryLabels() {
        return SupportCategory.labelsByCode(categories.list(), getLocale());
    }

    private void open(String child) {
        UI.getCurrent().navigate(DashboardView.class, parameters(child));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("monitoring.title") + " · Sohoa";
    }
}
