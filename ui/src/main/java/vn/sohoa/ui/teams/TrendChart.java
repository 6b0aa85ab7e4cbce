package vn.sohoa.ui.teams;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import vn.sohoa.platform.support.service.SupportCounts.WeekCount;
import vn.sohoa.ui.chart.EChart;

/** Records and people week by week, as bars and a line. */
class TrendChart extends EChart {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("dd/MM");

    TrendChart() {
        super("weekly-trend", "280px", "");
        getElement().setAttribute("aria-label", getTranslation("coverage.trend"));
    }

    /** Draws these weeks, replacing what was drawn. */
    void show(List<WeekCount> weeks) {
        show(Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("top", 0),
                "grid", Map.of("left", 40, "right", 16, "top", 32, "bottom", 24),
                "xAxis", Map.of("type", "category", "data", weeks.stream().map(week -> WEEK.format(week.monday())).toList()),
                "yAxis", Map.of("type", "value", "minInterval", 1),
                "series", List.of(
                        Map.of("name", getTranslation("coverage.records"), "type", "bar",
                                "data", weeks.stream().map(WeekCount::records).toList()),
                        Map.of("name", getTranslation("coverage.people"), "type", "line",
                                "data", weeks.stream().map(WeekCount::people).toList()))));
    }
}
