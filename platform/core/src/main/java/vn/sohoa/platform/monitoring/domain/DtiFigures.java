package vn.sohoa.platform.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The DTI preview of the tenant for a year (Sohoa's estimate from approved indicator figures): the total and each
 * pillar from 0 to 1, its rank among the live tenants of its kind under the same parent, and the last rank
 * officially published, shown beside it, never in place of it.
 */
public record DtiFigures(int year, BigDecimal score, int rank, int of, List<Pillar> pillars, Recorded recorded) {

    public DtiFigures {
        pillars = List.copyOf(pillars);
    }

    /** A score from 0 to 1 as points out of 100 with one decimal, as the page and the reports show it. */
    public static BigDecimal points(BigDecimal score) {
        return score == null ? null : score.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    }

    /** A pillar's score; smart city is shown but not scored. */
    public record Pillar(String pillar, String name, boolean scored, BigDecimal points, BigDecimal score) {}

    /** A rank officially published, e.g. 12th of 63 provinces in 2023. */
    public record Recorded(int year, int rank, int of, String source) {}
}
