package vn.sohoa.ui.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.sohoa.platform.indicators.service.DtiPreview;

/** The option documents of the DTI page's bar charts: scores from 0 to 1, horizontal so long names fit a phone. */
final class DtiCharts {

    private DtiCharts() {
    }

    /** The score of each pillar, smart city included (shown, not counted). */
    static Map<String, Object> pillars(List<DtiPreview.PillarScore> pillars) {
        return bars(pillars.stream().map(DtiPreview.PillarScore::name).toList(),
                pillars.stream().map(DtiPreview.PillarScore::score).toList());
    }

    /** The total of each ranked unit, best on top. */
    static Map<String, Object> ranking(List<DtiPreview.Ranked> ranking) {
        return bars(ranking.stream().map(entry -> entry.rank() + ". " + entry.tenantName()).toList(),
                ranking.stream().map(DtiPreview.Ranked::score).toList());
    }

    private static Map<String, Object> bars(List<String> names, List<BigDecimal> scores) {
        return Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "grid", Map.of("left", 8, "right", 24, "top", 8, "bottom", 8, "containLabel", true),
                "xAxis", Map.of("type", "value", "min", 0, "max", 1),
                "yAxis", Map.of("type", "category", "data", names.reversed()),
                "series", List.of(Map.of("type", "bar", "data", scores.stream()
                        .map(score -> score == null ? 0 : score.doubleValue()).toList().reversed(),
                        "label", Map.of("show", true, "position", "right"))));
    }
}
