package vn.sohoa.platform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import vn.sohoa.platform.indicators.domain.Aggregate;
import vn.sohoa.platform.indicators.domain.DataSet;
import vn.sohoa.platform.indicators.domain.Indicator;
import vn.sohoa.platform.indicators.domain.ReportPeriod;

/**
 * Indicators' approved figures of whole years for a roll-up: each indicator from the first data set the
 * current tenant sees that carries it, its periods of the year rolled up across tenants and then combined by
 * the indicator's rule across periods. One query per data set covers every year asked for.
 */
@ApplicationScoped
class YearFigures {

    @Inject
    DataSetService dataSets;

    @Inject
    ApprovedAggregates aggregates;

    /** By year, then by indicator code, for the roll-up of {@code root} over {@code first} to {@code last}. */
    Map<Integer, Map<String, Aggregate.Figure>> of(String root, List<Indicator> indicators, int first, int last) {
        Map<Integer, Map<String, Aggregate.Figure>> byYear = new HashMap<>();
        IntStream.rangeClosed(first, last).forEach(year -> byYear.put(year, new HashMap<>()));
        Map<String, Indicator> wanted = new HashMap<>();
        indicators.forEach(indicator -> wanted.put(indicator.code(), indicator));
        for (DataSet dataSet : dataSets.visible()) {
            List<Indicator> carried = dataSet.indicatorCodes().stream().map(wanted::remove)
                    .filter(java.util.Objects::nonNull).toList();
            if (carried.isEmpty()) {
                continue;
            }
            Map<Integer, List<String>> periods = new HashMap<>();
            List<String> all = new ArrayList<>();
            for (int year = first; year <= last; year++) {
                List<String> labels = ReportPeriod.ofYear(year, dataSet.periodType(), dataSet.window()).stream()
                        .map(ReportPeriod::label).toList();
                periods.put(year, labels);
                all.addAll(labels);
            }
            Map<String, Map<String, Aggregate>> byPeriod = aggregates.of(root, dataSet.id(), all);
            periods.forEach((year, labels) -> carried.forEach(indicator -> {
                List<Aggregate.Figure> figures = labels.stream().map(label -> byPeriod.getOrDefault(label, Map.of())
                        .get(indicator.code())).filter(java.util.Objects::nonNull)
                        .map(aggregate -> aggregate.figure(indicator)).toList();
                if (!figures.isEmpty()) {
                    byYear.get(year).put(indicator.code(), Aggregate.overPeriods(indicator, figures));
                }
            }));
        }
        return byYear;
    }
}
