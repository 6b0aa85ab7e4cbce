package vn.sohoa.ui.teams;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.categories.domain.SupportCategory;
import vn.sohoa.platform.categories.service.SupportCategoryService;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.support.service.SupportCounts.CategoryCount;
import vn.sohoa.platform.support.service.SupportCounts;
import vn.sohoa.platform.support.service.SupportLogQuery;
import vn.sohoa.platform.support.service.SupportLogService;
import vn.sohoa.platform.teams.service.TeamService;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.units.domain.Unit;
import vn.sohoa.ui.form.DatePickers;
import vn.sohoa.ui.supportlog.SupportLogGrid;
import vn.sohoa.ui.tenancy.RoutedTenant;

/**
 * How well the teams cover the tenant: the hamlets without an active team, flagged; records and people
 * per category in a chosen period (the last twelve weeks unless changed) and week by week. For one team
 * (a leader's view) the counts are that team's, and its records of this week replace the flags.
 */
@Dependent
public class CoveragePanel extends VerticalLayout {

    private static final int WEEKS_SHOWN = 12;
    /** More records than a team logs in a week; they are shown without paging. */
    private static final int A_WEEK = 1000;

    private final SupportCounts counts;
    private final TeamService teams;
    private final SupportLogService logs;
    private final SupportCategoryService categories;
    private final DatePicker from = DatePickers.day(getTranslation("coverage.from"));
    private final DatePicker to = DatePickers.day(getTranslation("coverage.to"));
    private final Grid<CategoryCount> byCategory = new Grid<>();
    private final TrendChart trend = new TrendChart();
    private final Clock clock;
    private RoutedTenant tenant;
    private Long team;
    private Map<String, String> labels = Map.of();

    @Inject
    CoveragePanel(SupportCounts counts, TeamService teams, SupportLogService logs, SupportCategoryService categories,
                  Clock clock) {
        this.counts = counts;
        this.teams = teams;
        this.logs = logs;
        this.categories = categories;
        this.clock = clock;
        setPadding(false);
        LocalDate today = VietnamCalendar.today(clock);
        from.setValue(VietnamCalendar.mondayOf(today).minusWeeks(WEEKS_SHOWN - 1));
        to.setValue(today);
        from.addValueChangeListener(change -> count());
        to.addValueChangeListener(change -> count());
        byCategory.setAllRowsVisible(true);
        byCategory.addColumn(count -> labels.getOrDefault(count.category(), count.category()))
                .setHeader(getTranslation("support.category")).setFlexGrow(1);
        byCategory.addColumn(CategoryCount::records).setHeader(getTranslation("coverage.records")).setAutoWidth(true)
                .setFlexGrow(0);
        byCategory.addColumn(CategoryCount::people).setHeader(getTranslation("coverage.people")).setAutoWidth(true)
                .setFlexGrow(0);
    }

    /**
     * Shows the coverage of the whole tenant, or of one team when {@code teamId} is not null, replacing what was
     * shown.
     */
    void show(RoutedTenant shown, Long teamId) {
        tenant = shown;
        team = teamId;
        removeAll();
        tenant.enter(Access.READ);
        List<SupportCategory> known = categories.list();
        labels = SupportCategory.labelsByCode(known, getLocale());
        add(new H3(getTranslation("coverage.title")));
        if (team == null) {
            add(uncovered(teams.unitsWithoutActiveTeam()));
        } else {
            SupportLogGrid week = new SupportLogGrid(known);
            week.setAllRowsVisible(true);
            week.setItems(logs.list(SupportLogQuery.between(VietnamCalendar.startOfThisWeek(clock), null, team),
                    new PageRequest(0, A_WEEK)).items());
            add(new H3(getTranslation("coverage.team-week")), week);
        }
        HorizontalLayout period = new HorizontalLayout(from, to);
        period.setWrap(true);
        add(period, byCategory, trend);
        count();
    }

    private void count() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        Instant start = VietnamCalendar.startOf(from.getValue());
        Instant end = VietnamCalendar.startOf(to.getValue().plusDays(1));
        tenant.enter(Access.READ);
        byCategory.setItems(counts.byCategory(SupportLogQuery.between(start, end, team)));
        trend.show(counts.weekly(start, end, team));
    }

    private FlexLayout uncovered(List<Unit> places) {
        FlexLayout flags = new FlexLayout();
        flags.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        flags.addClassNames(LumoUtility.Gap.SMALL);
        if (places.isEmpty()) {
            flags.add(new Span(getTranslation("coverage.all-covered")));
        }
        for (Unit place : places) {
            Span flag = new Span(VaadinIcon.WARNING.create(), new Span(getTranslation("coverage.uncovered",
                    place.name())));
            flag.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.Display.FLEX, LumoUtility.AlignItems.CENTER,
                    LumoUtility.Gap.XSMALL, LumoUtility.Padding.XSMALL, LumoUtility.Border.ALL,
                    LumoUtility.BorderColor.ERROR, LumoUtility.BorderRadius.MEDIUM);
            flag.addClassName("uncovered");
            flags.add(flag);
        }
        return flags;
    }
}
