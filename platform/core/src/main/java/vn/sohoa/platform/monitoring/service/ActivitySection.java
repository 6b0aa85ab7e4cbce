package vn.sohoa.platform.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.categories.domain.SupportCategory;
import vn.sohoa.platform.categories.service.SupportCategoryService;
import vn.sohoa.platform.monitoring.domain.ActivityFigures;
import vn.sohoa.platform.monitoring.domain.ActivityFigures.CategoryFigure;
import vn.sohoa.platform.monitoring.domain.ActivityFigures.WeekFigure;
import vn.sohoa.platform.monitoring.domain.ChildFigure;
import vn.sohoa.platform.monitoring.domain.Period;
import vn.sohoa.platform.monitoring.domain.TenantRef;

/**
 * Activity: live support records (acts) and people helped over the period and the previous one, by category and by
 * week, from the week and day tallies; a merged commune's history counts in its successor. Also the tenants with
 * hamlets that logged nothing in the last fourteen days. Ranks children on {@code acts} and {@code people}.
 */
@ApplicationScoped
class ActivitySection implements DashboardSection<ActivityFigures> {

    /** Days without a record that make a tenant idle, today included. */
    static final int IDLE_DAYS = 14;

    /** Idle tenants listed on a dashboard; the total says how many there are. */
    static final int LISTED = 100;

    @Inject
    EntityManager em;

    @Inject
    SupportCategoryService categories;

    @Override
    public String name() {
        return "activity";
    }

    @Override
    public String title(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? "Hoạt động" : "Activity";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public ActivityFigures figures(DashboardQuery query) {
        Map<String, long[]> categories = new HashMap<>();
        Map<LocalDate, long[]> weeks = new TreeMap<>();
        for (LocalDate week = VietnamCalendar.mondayOf(query.period().from()); !week.isAfter(query.period().to());
             week = week.plusWeeks(1)) {
            weeks.put(week, new long[2]);
        }
        for (Object[] row : rows(query.tenantCode(), query.period(), false)) {
            add(weeks.get(day(row[1])), row);
            add(categories.computeIfAbsent((String) row[2], code -> new long[2]), row);
        }
        long[] previous = new long[2];
        rows(query.tenantCode(), query.previous(), true).forEach(row -> add(previous, row));
        List<CategoryFigure> byCategory = categories.entrySet().stream()
                .map(entry -> new CategoryFigure(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
                .sorted(Comparator.comparingLong(CategoryFigure::acts).reversed().thenComparing(CategoryFigure::category))
                .toList();
        List<WeekFigure> byWeek = weeks.entrySet().stream()
                .map(entry -> new WeekFigure(entry.getKey(), entry.getValue()[0], entry.getValue()[1])).toList();
        long acts = byWeek.stream().mapToLong(WeekFigure::acts).sum();
        long people = byWeek.stream().mapToLong(WeekFigure::people).sum();
        LocalDate since = query.today().minusDays(IDLE_DAYS - 1);
        @SuppressWarnings("unchecked")
        List<Object[]> idle = em.createNativeQuery("select tenant_code, tenant_name, idle from idle_tenants(:root, :since, :until, :max)")
                .setParameter("root", query.tenantCode()).setParameter("since", since)
                .setParameter("until", query.today()).setParameter("max", LISTED).getResultList();
        return new ActivityFigures(acts, people, previous[0], previous[1], byCategory, byWeek, since,
                idle.isEmpty() ? 0 : CoverageSection.number(idle.getFirst()[2]),
                idle.stream().map(row -> new TenantRef((String) row[0], (String) row[1])).toList());
    }

    @Override
    public List<String> metrics() {
        return List.of("acts", "people");
    }

    @Override
    public Map<String, ChildFigure> children(String metric, DashboardQuery query) {
        int column = "acts".equals(metric) ? 3 : 4;
        Map<String, ChildFigure> children = new HashMap<>();
        for (Object[] row : rows(query.tenantCode(), query.period(), true)) {
            children.put((String) row[0], ChildFigure.count(CoverageSection.number(row[column])));
        }
        return children;
    }

    @Override
    public ChildFigure none(String metric) {
        return ChildFigure.count(0);
    }

    @Override
    public void report(ActivityFigures figures, ReportSheet sheet) {
        sheet.row(List.of(sheet.say("Chỉ tiêu", "Figure"), sheet.say("Kỳ này", "This period"),
                sheet.say("Kỳ trước", "Previous period")));
        sheet.row(List.of(sheet.say("Lượt hỗ trợ", "Support acts"), figures.acts(), figures.previousActs()));
        sheet.row(List.of(sheet.say("Người được hỗ trợ", "People helped"), figures.people(), figures.previousPeople()));
        sheet.gap();
        sheet.row(List.of(sheet.say("Lĩnh vực", "Category"), sheet.say("Lượt hỗ trợ", "Acts"),
                sheet.say("Người được hỗ trợ", "People")));
        // Categories by their labels, as the page names them; a code of a tenant below, which this one cannot
        // read, as it is.
        Map<String, String> labels = SupportCategory.labelsByCode(categories.list(), sheet.locale());
        figures.byCategory().forEach(c -> sheet.row(List.of(labels.getOrDefault(c.category(), c.category()), c.acts(),
                c.people())));
        sheet.gap();
        sheet.row(List.of(sheet.say("Tuần (từ thứ Hai)", "Week (Monday)"), sheet.say("Lượt hỗ trợ", "Acts"),
                sheet.say("Người được hỗ trợ", "People")));
        figures.byWeek().forEach(w -> sheet.row(List.of(w.week(), w.acts(), w.people())));
        sheet.gap();
        sheet.row(List.of(sheet.say("Đơn vị không có hoạt động từ", "Tenants without activity since"),
                figures.idleSince(), figures.idleTotal()));
        figures.idle().forEach(t -> sheet.row(List.of(t.code(), t.name())));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String root, Period period, boolean byChild) {
        return em.createNativeQuery("select branch, week, category_code, records, people "
                        + "from activity_rollup(:root, :from, :to, :byChild)")
                .setParameter("root", root).setParameter("from", period.from()).setParameter("to", period.to())
                .setParameter("byChild", byChild).getResultList();
    }

    private static LocalDate day(Object value) {
        return value instanceof LocalDate day ? day : ((java.sql.Date) value).toLocalDate();
    }

    private static void add(long[] sums, Object[] row) {
        sums[0] += CoverageSection.number(row[3]);
        sums[1] += CoverageSection.number(row[4]);
    }
}
