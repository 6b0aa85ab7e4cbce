package vn.sohoa.platform.monitoring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sohoa.platform.monitoring.domain.ChildFigure;
import vn.sohoa.platform.monitoring.domain.Dashboard;
import vn.sohoa.platform.monitoring.domain.Ranking;
import vn.sohoa.platform.monitoring.domain.TenantRef;

/** Reads figures from the database, in one transaction of the tenant the request entered. */
@ApplicationScoped
class DashboardReader {

    private static final Comparator<Ranking.Item> HIGHEST_FIRST = Comparator
            .comparing(Ranking.Item::value, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Ranking.Item::code);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional
    Dashboard dashboard(TenantRef tenant, DashboardQuery query, List<DashboardSection<?>> sections) {
        Map<String, Object> figures = new LinkedHashMap<>();
        sections.forEach(section -> figures.put(section.name(), section.figures(query)));
        return new Dashboard(clock.instant(), tenant, query.period(), figures);
    }

    @Transactional
    Ranking ranking(String metric, DashboardQuery query, DashboardSection<?> section) {
        Map<String, ChildFigure> figures = section.children(metric, query);
        @SuppressWarnings("unchecked")
        List<Object[]> children = em.createNativeQuery("select code, name from tenant where parent_code = :root "
                        + "and status in ('ACTIVE', 'SUSPENDED')")
                .setParameter("root", query.tenantCode()).getResultList();
        List<Ranking.Item> items = children.stream().map(child -> {
            ChildFigure figure = figures.getOrDefault((String) child[0], section.none(metric));
            return new Ranking.Item((String) child[0], (String) child[1], figure.value(), figure.numerator(),
                    figure.denominator());
        }).sorted(HIGHEST_FIRST).toList();
        return new Ranking(metric, query.period(), items);
    }
}
