package vn.sohoa.ui.monitoring;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.monitoring.domain.ActivityFigures;
import vn.sohoa.platform.monitoring.domain.ActivityFigures.WeekFigure;
import vn.sohoa.ui.chart.EChart;

/**
 * Support acts (bars) and people helped (line) week by week over the period; each week's tooltip gives its count over
 * the period's, and the share that is.
 */
class WeeklyTrend extends EChart {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("dd/MM");

    WeeklyTrend(ActivityFigures activity) {
        super("dashboard-trend", "260px", "");
        getElement().setAttribute("aria-label", getTranslation("monitoring.trend"));
        List<WeekFigure> weeks = activity.byWeek();
        show(Map.of(
                "tooltip", Map.of("trigger", "item"),
                "legend", Map.of("top", 0),
                "grid", Map.of("left", 40, "right", 16, "top", 32, "bottom", 24),
                "xAxis", Map.of("type", "category", "data", weeks.stream().map(w -> WEEK.format(w.week())).toList()),
                "yAxis", Map.of("type", "value", "minInterval", 1),
                "series", List.of(
                        Map.of("name", getTranslation("monitoring.acts"), "type", "bar",
                                "data", weeks.stream().map(w -> week("monitoring.trend.acts", w, w.acts(),
                                        activity.acts())).toList()),
                        Map.of("name", getTranslation("monitoring.people"), "type", "line",
                                "data", weeks.stream().map(w -> week("monitoring.trend.people", w, w.people(),
                                        activity.people())).toList()))));
    }

    /** A week's count, with a tooltip of that count over the period's. */
    private Map<String, Object> week(String tooltipKey, WeekFigure week, long count, long period) {
        return Map.of("value", count, "tooltip", Map.of("formatter", getTranslation(tooltipKey,
                VietnamCalendar.DAY.format(week.week()), Numbers.of(count), Numbers.of(period),
                Numbers.percent(period == 0 ? null : 100.0 * count / period))));
    }
}
