package vn.sohoa.platform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import vn.sohoa.platform.indicators.domain.Aggregate;
import vn.sohoa.platform.indicators.domain.Indicator;
import vn.sohoa.platform.indicators.domain.IndicatorTarget;
import vn.sohoa.platform.problem.OptimisticVersion;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * The current tenant's targets, per indicator and year, and its progress against them: the approved figure of
 * the year over its roll-up, as {@link YearFigures} computes it.
 */
@ApplicationScoped
public class TargetService {

    /**
     * A target and how far the tenant has come.
     *
     * @param actual   the approved figure of the year so far, null while nothing is approved
     * @param progress actual over target (1 = reached; for a DOWN indicator target over actual), null without both
     */
    public record Progress(String indicatorCode, String name, String unit, int year, BigDecimal target,
                           BigDecimal actual, BigDecimal progress, long version) {}

    @Inject
    EntityManager em;

    @Inject
    TenantGate gate;

    @Inject
    IndicatorService indicators;

    @Inject
    YearFigures figures;

    /** The tenant's targets of {@code year} with its progress, by indicator code. */
    @Transactional
    public List<Progress> list(int year) {
        List<IndicatorTarget> targets = em.createQuery("from IndicatorTarget t where t.year = :year order by t.indicatorCode",
                IndicatorTarget.class).setParameter("year", year).getResultList();
        List<Indicator> aimed = targets.stream().map(target -> indicators.find(target.indicatorCode()))
                .flatMap(java.util.Optional::stream).toList();
        Map<String, Aggregate.Figure> actual = figures.of(gate.here().code(), aimed, year, year).get(year);
        return aimed.stream().map(indicator -> {
            IndicatorTarget target = targets.stream().filter(t -> t.indicatorCode().equals(indicator.code()))
                    .findFirst().orElseThrow();
            Aggregate.Figure figure = actual.get(indicator.code());
            BigDecimal value = figure == null ? null : figure.value();
            return new Progress(indicator.code(), indicator.name(), indicator.unit(), year, target.value(), value,
                    progress(indicator, target.value(), value), target.version());
        }).toList();
    }

    /**
     * Sets the tenant's target for an indicator it uses in {@code year}.
     *
     * @param expectedVersion the version read, when changing a target that exists
     * @throws ProblemException 404 for an indicator the tenant does not use; 400 for a percentage above 100;
     *                          409 when the version is stale
     */
    @Transactional
    public IndicatorTarget set(String indicatorCode, int year, BigDecimal value, Long expectedVersion) {
        Indicator indicator = indicators.existing(indicatorCode);
        if (indicator.kind() != vn.sohoa.platform.indicators.domain.IndicatorKind.NUMBER
                && indicator.acrossTenants() != vn.sohoa.platform.indicators.domain.TenantAggregation.SUM
                && value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw ProblemException.invalid("value", "A target for " + indicatorCode + " is a percentage, at most 100");
        }
        IndicatorTarget target = em.createQuery("from IndicatorTarget t where t.indicatorCode = :code and t.year = :year",
                        IndicatorTarget.class).setParameter("code", indicatorCode).setParameter("year", year)
                .getResultStream().findFirst().orElse(null);
        if (target == null) {
            target = new IndicatorTarget(indicatorCode, year, value);
            em.persist(target);
        } else {
            if (expectedVersion != null) {
                OptimisticVersion.check("The target of " + indicatorCode + " for " + year, target.version(),
                        expectedVersion);
            }
            target.aim(value);
        }
        em.flush();
        return target;
    }

    private static BigDecimal progress(Indicator indicator, BigDecimal target, BigDecimal actual) {
        if (target == null || actual == null) {
            return null;
        }
        boolean up = indicator.direction() == vn.sohoa.platform.indicators.domain.Direction.UP;
        BigDecimal top = up ? actual : target;
        BigDecimal bottom = up ? target : actual;
        return bottom.signum() == 0 ? BigDecimal.ONE : top.divide(bottom, 4, RoundingMode.HALF_UP);
    }
}
