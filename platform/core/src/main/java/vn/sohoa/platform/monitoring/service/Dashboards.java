package vn.sohoa.platform.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.infinispan.manager.EmbeddedCacheManager;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.cluster.CacheNames;
import vn.sohoa.platform.cluster.ReadThroughCache;
import vn.sohoa.platform.monitoring.domain.Dashboard;
import vn.sohoa.platform.monitoring.domain.Period;
import vn.sohoa.platform.monitoring.domain.Ranking;
import vn.sohoa.platform.monitoring.domain.TenantRef;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;

/**
 * Every tenant's dashboard over its subtree and the ranking of its children, built from the
 * {@link DashboardSection sections} present and cached on every node in {@code dashboard-figures}, grouped by
 * tenant so that a write drops every period of its ancestors at once ({@link FigureInvalidations}). A cache hit
 * opens no transaction. The caller must have entered the tenant for reading.
 */
@ApplicationScoped
public class Dashboards {

    private final List<DashboardSection<?>> sections;
    private final DashboardReader reader;
    private final Clock clock;
    private final ReadThroughCache<Object> cache;

    @Inject
    public Dashboards(Instance<DashboardSection<?>> sections, DashboardReader reader, Clock clock,
                      EmbeddedCacheManager cacheManager) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(DashboardSection::order)).toList();
        this.reader = reader;
        this.clock = clock;
        this.cache = new ReadThroughCache<>(cacheManager.getCache(CacheNames.DASHBOARD_FIGURES));
    }

    /** The dashboard of {@code tenant}, the tenant the request entered, for {@code period}. */
    public Dashboard of(TenantSnapshot tenant, Period period) {
        DashboardQuery query = query(tenant, period);
        return (Dashboard) cache.get(key(tenant, "dashboard", query), key ->
                reader.dashboard(new TenantRef(tenant.code(), tenant.name()), query, sections));
    }

    /**
     * The direct live children of {@code tenant} (entered) ranked on {@code metric} over {@code period}.
     *
     * @throws ProblemException 400 naming the known metrics when {@code metric} is none of them
     */
    public Ranking ranking(TenantSnapshot tenant, String metric, Period period) {
        DashboardSection<?> section = sections.stream().filter(s -> s.metrics().contains(metric)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("metric", "must be one of " + String.join(", ", metrics())));
        DashboardQuery query = query(tenant, period);
        return (Ranking) cache.get(key(tenant, "ranking " + metric, query), key -> reader.ranking(metric, query, section));
    }

    /** The rankings of the children of {@code tenant} (entered) on every metric, by metric. */
    public Map<String, Ranking> rankings(TenantSnapshot tenant, Period period) {
        Map<String, Ranking> rankings = new LinkedHashMap<>();
        metrics().forEach(metric -> rankings.put(metric, ranking(tenant, metric, period)));
        return rankings;
    }

    /** Every metric children can be ranked on, in the sections' order. */
    public List<String> metrics() {
        return sections.stream().flatMap(section -> section.metrics().stream()).toList();
    }

    /** The sections present, in their order. */
    public List<DashboardSection<?>> sections() {
        return sections;
    }

    /** The group of a tenant's entries: its id, the last label of its path. */
    public static String group(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    void invalidate(String path) {
        for (String id : path.split("\\.")) {
            cache.invalidateGroup(id);
        }
    }

    void invalidateAll() {
        cache.invalidateAll();
    }

    private DashboardQuery query(TenantSnapshot tenant, Period period) {
        return new DashboardQuery(tenant.code(), period, VietnamCalendar.today(clock));
    }

    // Today is part of the key: figures of the current state and "the last 14 days" move with the calendar.
    private static String key(TenantSnapshot tenant, String what, DashboardQuery query) {
        return ReadThroughCache.group(group(tenant.path()), what + " " + query.period().from() + " "
                + query.period().to() + " " + query.today());
    }
}
