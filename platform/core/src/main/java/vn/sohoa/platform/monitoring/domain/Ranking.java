package vn.sohoa.platform.monitoring.domain;

import java.util.List;

/** The direct children of a tenant on one metric, highest value first (children without a value last). */
public record Ranking(String metric, Period period, List<Item> items) {

    public Ranking {
        items = List.copyOf(items);
    }

    /** A child with its value, numerator and denominator (null for a count). */
    public record Item(String code, String name, Double value, long numerator, Long denominator) {}
}
