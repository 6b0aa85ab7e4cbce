package vn.sohoa.platform.indicators.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.sohoa.platform.indicators.domain.Aggregate;
import vn.sohoa.platform.indicators.domain.Direction;
import vn.sohoa.platform.indicators.domain.DtiPillar;
import vn.sohoa.platform.indicators.domain.Indicator;
import vn.sohoa.platform.indicators.domain.IndicatorKind;
import vn.sohoa.platform.indicators.domain.TenantAggregation;

/**
 * The DTI scores of a group of tenants for one year. Each mapped indicator scores from 0 to 1: a percentage
 * or share of "yes" as itself (one minus it when lower is better), a count against the best of the group (as
 * the DTI compares provinces with each other), a missing figure as 0. A pillar is the points-weighted mean of
 * its indicators; the total the same over every scored pillar.
 */
record DtiScore(BigDecimal total, List<DtiPreview.PillarScore> pillars, List<DtiPreview.IndicatorScore> indicators) {

    private static final int SCALE = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The scores of every tenant of {@code figures} (tenant code → indicator code → yearly figure). */
    static Map<String, DtiScore> of(List<Indicator> mapped, Map<String, Map<String, Aggregate.Figure>> figures) {
        Map<String, DtiScore> scores = new LinkedHashMap<>();
        figures.forEach((tenant, own) -> {
            List<DtiPreview.IndicatorScore> parts = mapped.stream().map(indicator -> {
                BigDecimal value = value(own, indicator);
                return new DtiPreview.IndicatorScore(indicator.code(), indicator.name(), indicator.dtiPillar(),
                        indicator.dtiSubIndicator(), indicator.dtiPoints(), value, score(indicator, value, figures));
            }).toList();
            scores.put(tenant, of(parts));
        });
        return scores;
    }

    private static DtiScore of(List<DtiPreview.IndicatorScore> parts) {
        List<DtiPreview.PillarScore> pillars = new ArrayList<>();
        Arrays.stream(DtiPillar.values()).forEach(pillar -> {
            List<DtiPreview.IndicatorScore> inPillar = parts.stream().filter(part -> part.pillar() == pillar).toList();
            if (!inPillar.isEmpty()) {
                pillars.add(new DtiPreview.PillarScore(pillar, pillar.nameVi(), pillar.scored(), points(inPillar),
                        weighted(inPillar)));
            }
        });
        List<DtiPreview.IndicatorScore> scored = parts.stream().filter(part -> part.pillar().scored()).toList();
        return new DtiScore(weighted(scored), pillars, parts);
    }

    private static BigDecimal value(Map<String, Aggregate.Figure> own, Indicator indicator) {
        Aggregate.Figure figure = own == null ? null : own.get(indicator.code());
        return figure == null ? null : figure.value();
    }

    private static BigDecimal score(Indicator indicator, BigDecimal value,
                                    Map<String, Map<String, Aggregate.Figure>> group) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        boolean up = indicator.direction() == Direction.UP;
        boolean share = indicator.kind() == IndicatorKind.PERCENT
                || indicator.kind() == IndicatorKind.YES_NO && indicator.acrossTenants() == TenantAggregation.RATIO;
        if (share) {
            BigDecimal fraction = value.divide(HUNDRED, SCALE, RoundingMode.HALF_UP).min(BigDecimal.ONE);
            return up ? fraction : BigDecimal.ONE.subtract(fraction);
        }
        List<BigDecimal> values = group.values().stream().map(own -> value(own, indicator)).filter(Objects::nonNull)
                .toList();
        if (up) {
            BigDecimal best = values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
            return best.signum() == 0 ? BigDecimal.ZERO : value.divide(best, SCALE, RoundingMode.HALF_UP);
        }
        BigDecimal best = values.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        return value.signum() == 0 ? BigDecimal.ONE : best.divide(value, SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal points(List<DtiPreview.IndicatorScore> parts) {
        return parts.stream().map(DtiPreview.IndicatorScore::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal weighted(List<DtiPreview.IndicatorScore> parts) {
        BigDecimal points = points(parts);
        if (points.signum() == 0) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        return parts.stream().map(part -> part.points().multiply(part.score())).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(points, SCALE, RoundingMode.HALF_UP);
    }
}
