package vn.sohoa.ui.monitoring;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.sohoa.platform.monitoring.domain.Ranking;
import vn.sohoa.platform.monitoring.domain.Ranking.Item;

/**
 * The children as a treemap: each box as large as its hamlets and coloured by the share of them a team covers
 * (red under a third, amber under two thirds, green above, grey without hamlets). A click opens the child.
 */
class CoverageMap extends ChildrenChart {

    CoverageMap(Ranking coverage, Consumer<String> open) {
        super("coverage-map", "320px", "", open);
        getElement().setAttribute("aria-label", getTranslation("monitoring.map"));
        List<Map<String, Object>> boxes = coverage.items().stream().map(this::box).toList();
        draw(Map.of(
                "tooltip", Map.of("trigger", "item"),
                "series", List.of(Map.of("type", "treemap", "roam", false, "nodeClick", false,
                        "breadcrumb", Map.of("show", false), "left", 0, "right", 0, "top", 0, "bottom", 0,
                        "label", Map.of("show", true, "formatter", "{b}"), "data", boxes))));
    }

    private Map<String, Object> box(Item child) {
        String color = child.value() == null ? "#9e9e9e" : child.value() < 100.0 / 3 ? "#e53935"
                : child.value() < 200.0 / 3 ? "#fb8c00" : "#43a047";
        return Map.of("name", child.name(), "code", child.code(),
                "value", Math.max(1, child.denominator() == null ? 0 : child.denominator()),
                "itemStyle", Map.of("color", color),
                "tooltip", Map.of("formatter", getTranslation("monitoring.map.tooltip", child.name(),
                        Numbers.percent(child.value()), Numbers.of(child.numerator()), Numbers.of(child.denominator()))));
    }
}
