package vn.sohoa.platform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.sohoa.platform.indicators.domain.Aggregate;
import vn.sohoa.platform.indicators.domain.DtiPillar;
import vn.sohoa.platform.indicators.domain.Indicator;
import vn.sohoa.platform.indicators.domain.RecordedRank;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * A preview of the DTI for the current tenant and its siblings (the live tenants of the same kind under the
 * same parent), computed from the approved figures of the indicators mapped to DTI pillars. It is Sohoa's own
 * estimate, shown beside the ranks officially recorded, never in place of them.
 */
@ApplicationScoped
public class DtiPreview {

    /** Years of history before the one asked for. */
    static final int HISTORY_YEARS = 4;

    /** One indicator's part: its yearly figure and its score from 0 to 1 (null figure: scored 0). */
    public record IndicatorScore(String indicatorCode, String name, DtiPillar pillar, String subIndicator,
                                 BigDecimal points, BigDecimal value, BigDecimal score) {}

    /** A pillar's score from 0 to 1 over the points of its mapped indicators. */
    public record PillarScore(DtiPillar pillar, String name, boolean scored, BigDecimal points, BigDecimal score) {}

    /** A sibling's place in the ranking. */
    public record Ranked(int rank, String tenantCode, String tenantName, BigDecimal score) {}

    /** The tenant's computed total of a year. */
    public record YearScore(int year, BigDecimal score) {}

    /** A rank as officially published. */
    public record Recorded(int year, int rank, int of, String source) {}

    /**
     * The preview of a year.
     *
     * @param score    the total from 0 to 1 over the scored pillars
     * @param rank     the tenant's rank among its siblings by that total (1 = best)
     * @param ranking  the siblings, best first
     * @param history  the computed total of each year up to this one
     * @param recorded the ranks officially published for the tenant, by year
     */
    public record Dti(String tenantCode, int year, BigDecimal score, List<PillarScore> pillars,
                      List<IndicatorScore> indicators, int rank, int of, List<Ranked> ranking, List<YearScore> history,
                      List<Recorded> recorded) {}

    @Inject
    EntityManager em;

    @Inject
    TenantGate gate;

    @Inject
    IndicatorService indicators;

    @Inject
    YearFigures figures;

    /** The DTI preview of the current tenant for {@code year}, with its history and recorded ranks. */
    @Transactional
    public Dti of(int year) {
        TenantSnapshot here = gate.here();
        List<Indicator> mapped = indicators.visible().stream().filter(indicator -> indicator.dtiPillar() != null).toList();
        Map<String, String> group = siblings(here);
        Map<String, Map<Integer, Map<String, Aggregate.Figure>>> byTenant = new LinkedHashMap<>();
        group.keySet().forEach(code -> byTenant.put(code, figures.of(code, mapped, year - HISTORY_YEARS, year)));
        List<YearScore> history = new ArrayList<>();
        DtiScore own = null;
        List<Ranked> ranking = List.of();
        for (int y = year - HISTORY_YEARS; y <= year; y++) {
            int at = y;
            Map<String, Map<String, Aggregate.Figure>> ofYear = new LinkedHashMap<>();
            byTenant.forEach((code, years) -> ofYear.put(code, years.get(at)));
            Map<String, DtiScore> scores = DtiScore.of(mapped, ofYear);
            history.add(new YearScore(y, scores.get(here.code()).total()));
            if (y == year) {
                own = scores.get(here.code());
                ranking = rank(scores, group);
            }
        }
        int rank = ranking.stream().filter(entry -> entry.tenantCode().equals(here.code())).findFirst()
                .map(Ranked::rank).orElse(1);
        List<Recorded> recorded = em.createQuery("from RecordedRank r order by r.year", RecordedRank.class)
                .getResultStream().map(r -> new Recorded(r.year(), r.rank(), r.ofCount(), r.source())).toList();
        return new Dti(here.code(), year, own.total(), own.pillars(), own.indicators(), rank, ranking.size(), ranking,
                history, recorded);
    }

    /**
     * The ranking of the current tenant's live children for {@code year}, best first: those of the kind most of
     * them are (communes and wards are ranked apart from other kinds, as the DTI ranks like with like). Empty
     * for a tenant without children.
     */
    @Transactional
    public List<Ranked> children(int year) {
        List<Indicator> mapped = indicators.visible().stream().filter(indicator -> indicator.dtiPillar() != null).toList();
        Map<String, String> group = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select code, name from tenant where parent_code = :here"
                        + " and status = 'ACTIVE' and kind = (select kind from tenant where parent_code = :here"
                        + " and status = 'ACTIVE' group by kind order by count(*) desc, kind limit 1) order by code")
                .setParameter("here", gate.here().code()).getResultList();
        rows.forEach(row -> group.put((String) row[0], (String) row[1]));
        Map<String, Map<String, Aggregate.Figure>> ofYear = new LinkedHashMap<>();
        group.keySet().forEach(code -> ofYear.put(code, figures.of(code, mapped, year, year).get(year)));
        return rank(DtiScore.of(mapped, ofYear), group);
    }

    /**
     * Records a rank officially published for the current tenant (e.g. 28th of 63 provinces in 2020), kept
     * beside the computed preview; a rank already recorded for the year is refused (409 duplicate).
     */
    @Transactional
    public Recorded record(int year, int rank, int of, String source) {
        em.persist(new RecordedRank(year, rank, of, source));
        em.flush();
        return new Recorded(year, rank, of, source);
    }

    /** The live tenants of the same kind under the same parent, the tenant itself included, by code. */
    private Map<String, String> siblings(TenantSnapshot here) {
        Map<String, String> group = new LinkedHashMap<>();
        if (here.parentCode() == null) {
            group.put(here.code(), here.name());
            return group;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select code, name from tenant where parent_code = :parent "
                        + "and kind = :kind and (status = 'ACTIVE' or code = :here) order by code")
                .setParameter("parent", here.parentCode()).setParameter("kind", here.kind().name())
                .setParameter("here", here.code()).getResultList();
        rows.forEach(row -> group.put((String) row[0], (String) row[1]));
        return group;
    }

    private static List<Ranked> rank(Map<String, DtiScore> scores, Map<String, String> names) {
        List<Map.Entry<String, DtiScore>> ordered = scores.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, DtiScore> entry) -> entry.getValue().total()).reversed()
                        .thenComparing(Map.Entry::getKey)).toList();
        List<Ranked> ranking = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            BigDecimal total = ordered.get(i).getValue().total();
            int rank = i > 0 && total.compareTo(ranking.get(i - 1).score()) == 0 ? ranking.get(i - 1).rank() : i + 1;
            ranking.add(new Ranked(rank, ordered.get(i).getKey(), names.get(ordered.get(i).getKey()),
                    total.setScale(4, RoundingMode.HALF_UP)));
        }
        return ranking;
    }
}
