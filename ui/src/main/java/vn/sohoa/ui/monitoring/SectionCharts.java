package vn.sohoa.ui.monitoring;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.sohoa.platform.monitoring.domain.ActivityFigures;
import vn.sohoa.platform.monitoring.domain.Dashboard;
import vn.sohoa.platform.monitoring.domain.DtiFigures;
import vn.sohoa.platform.monitoring.domain.PilotFigures;
import vn.sohoa.platform.monitoring.domain.ReportFigures;
import vn.sohoa.ui.chart.EChart;

/**
 * The charts of the support acts by category, the pilots (by stage and by field), the periodic reports (forms submitted of those owed, per data set) and the
 * DTI preview (points per pillar), each item's tooltip giving its numerator and denominator.
 */
class SectionCharts extends Div {

    /** @param categoryLabels the support categories' labels by code; a code without one is shown as it is */
    SectionCharts(Dashboard dashboard, Map<String, String> categoryLabels) {
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.LARGE);
        setWidthFull();
        if (dashboard.sections().get("activity") instanceof ActivityFigures activity
                && !activity.byCategory().isEmpty()) {
            Function<ActivityFigures.CategoryFigure, String> label =
                    c -> categoryLabels.getOrDefault(c.category(), c.category());
            add(block(getTranslation("dashboard.activity.by-category"), bars("activity-categories",
                    activity.byCategory().stream().map(label).toList(),
                    activity.byCategory().stream().map(c -> item(c.acts(), getTranslation("dashboard.activity.category",
                            label.apply(c), Numbers.of(c.acts()), Numbers.of(c.people())))).toList())));
        }
        if (dashboard.sections().get("pilots") instanceof PilotFigures pilots && pilots.pilots() > 0) {
            add(block(getTranslation("dashboard.pilots.by-stage"), pilotBars("pilot-stages", "pilots.status.",
                    pilots.byStage(), pilots.pilots())));
            add(block(getTranslation("dashboard.pilots.by-field"), pilotBars("pilot-fields", "pilots.field.",
                    pilots.byField(), pilots.pilots())));
        }
        if (dashboard.sections().get("reports") instanceof ReportFigures reports && !reports.dataSets().isEmpty()) {
            add(block(getTranslation("dashboard.reports.by-set"), bars("report-sets",
                    reports.dataSets().stream().map(d -> d.name() + " (" + d.period() + ")").toList(),
                    reports.dataSets().stream().map(d -> item(d.completeness() == null ? 0 : d.completeness(),
                            getTranslation("dashboard.completeness.tooltip", Numbers.of(d.submitted()),
                                    Numbers.of(d.expected()), Numbers.of(d.onTime())))).toList())));
        }
        if (dashboard.sections().get("dti") instanceof DtiFigures dti && !dti.pillars().isEmpty()) {
            add(block(getTranslation("dashboard.dti.pillars"), bars("dti-pillars",
                    dti.pillars().stream().map(DtiFigures.Pillar::name).toList(),
                    dti.pillars().stream().map(p -> item(DtiFigures.points(p.score()).doubleValue(),
                            getTranslation("dashboard.dti.pillar", p.name(), Numbers.of(DtiFigures.points(p.score())),
                                    Numbers.of(p.points())))).toList())));
        }
    }

    /** Pilots by stage or by field, each bar's tooltip the share of all the subtree's pilots. */
    private EChart pilotBars(String id, String labels, List<PilotFigures.Count> counts, long pilots) {
        return bars(id, counts.stream().map(c -> getTranslation(labels + c.key())).toList(),
                counts.stream().map(c -> item(c.pilots(), getTranslation(labels + c.key()) + ": "
                        + getTranslation("dashboard.pilots.share", Numbers.of(c.pilots()), Numbers.of(pilots)))).toList());
    }

    private static Map<String, Object> item(Number value, String tooltip) {
        return Map.of("value", value, "tooltip", Map.of("formatter", tooltip));
    }

    private static EChart bars(String id, List<String> names, List<Map<String, Object>> items) {
        EChart chart = new EChart(id, Math.max(160, 36 * names.size() + 40) + "px", String.join(", ", names));
        chart.show(Map.of(
                "tooltip", Map.of("trigger", "item"),
                "grid", Map.of("left", 8, "right", 24, "top", 8, "bottom", 8, "containLabel", true),
                "xAxis", Map.of("type", "value"),
                "yAxis", Map.of("type", "category", "inverse", true, "data", names,
                        "axisLabel", Map.of("width", 140, "overflow", "truncate")),
                "series", List.of(Map.of("type", "bar", "data", items))));
        return chart;
    }

    private static Div block(String title, EChart chart) {
        Div block = new Div(new H3(title), chart);
        block.getStyle().set("flex", "1 1 300px").set("min-width", "0");
        return block;
    }
}
