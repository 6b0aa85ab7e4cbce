package vn.sohoa.ui.training;

import vn.sohoa.platform.training.service.TrainingOverview;
import vn.sohoa.ui.chart.EChart;

import java.util.List;
import java.util.Map;

/** Enrolled and completed per child tenant, as horizontal bars that stay readable on a phone. */
class OverviewChart extends EChart {

    OverviewChart(String description) {
        super("training-chart", "320px", description);
    }

    void show(List<TrainingOverview.Figures> rows) {
        List<String> names = rows.stream().map(TrainingOverview.Figures::tenantName).toList().reversed();
        show(Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("top", 0),
                "grid", Map.of("left", 8, "right", 16, "top", 32, "bottom", 8, "containLabel", true),
                "yAxis", Map.of("type", "category", "data", names),
                "xAxis", Map.of("type", "value", "minInterval", 1),
                "series", List.of(
                        Map.of("name", getTranslation("training.overview.enrolled"), "type", "bar",
                                "data", rows.stream().map(TrainingOverview.Figures::enrolled).toList().reversed()),
                        Map.of("name", getTranslation("training.overview.completed"), "type", "bar",
                                "data", rows.stream().map(TrainingOverview.Figures::completed).toList().reversed()))));
    }
}
