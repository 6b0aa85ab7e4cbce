package vn.sohoa.ui.pilots;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sohoa.platform.pilots.domain.Kpi;
import vn.sohoa.platform.pilots.service.KpiProgress;
import vn.sohoa.ui.chart.EChart;

/**
 * Each KPI of a pilot: baseline, target and latest actual, the periods over without a value (late), and a chart of
 * the actuals period by period.
 */
class KpiPanel extends VerticalLayout {

    KpiPanel(List<KpiProgress> progress) {
        setPadding(false);
        for (KpiProgress kpi : progress) {
            Kpi indicator = kpi.kpi();
            String unit = indicator.unit() == null ? "" : " " + indicator.unit();
            add(new H3(indicator.name()), new Paragraph(
                    getTranslation("pilots.kpi.baseline") + ": " + Numbers.format(indicator.baseline()) + unit + " · "
                            + getTranslation("pilots.kpi.target") + ": " + Numbers.format(indicator.target()) + unit
                            + " · " + getTranslation("pilots.kpi.latest") + ": "
                            + Numbers.format(kpi.latest() == null ? null : kpi.latest().value()) + unit
                            + (kpi.reached() ? " ✓ " + getTranslation("pilots.kpi.reached") : "")));
            List<String> late = kpi.periods().stream().filter(KpiProgress.PeriodActual::late)
                    .map(KpiProgress.PeriodActual::period).toList();
            if (!late.isEmpty()) {
                Paragraph overdue = new Paragraph(getTranslation("pilots.kpi.late", String.join(", ", late)));
                overdue.setId("kpi-" + indicator.code() + "-late");
                overdue.getStyle().set("color", "var(--lumo-error-text-color)");
                add(overdue);
            }
            add(chart(kpi));
        }
    }

    private EChart chart(KpiProgress kpi) {
        Kpi indicator = kpi.kpi();
        EChart chart = new EChart("kpi-" + indicator.code(), "240px",
                getTranslation("pilots.kpi.chart", indicator.name()));
        List<String> periods = kpi.periods().stream().map(KpiProgress.PeriodActual::period).toList();
        // A missing actual stays a gap in the line (null), not a zero.
        List<Object> actuals = new ArrayList<>(kpi.periods().stream()
                .map(period -> (Object) (period.actual() == null ? null : period.actual().value())).toList());
        List<Object> series = new ArrayList<>();
        series.add(line(getTranslation("pilots.kpi.baseline"), Collections.nCopies(periods.size(), indicator.baseline()), true));
        series.add(line(getTranslation("pilots.kpi.target"), Collections.nCopies(periods.size(), indicator.target()), true));
        series.add(line(getTranslation("pilots.measurement.value"), actuals, false));
        chart.show(Map.of(
                "tooltip", Map.of("trigger", "axis"),
                "legend", Map.of("top", 0),
                "grid", Map.of("left", 48, "right", 16, "top", 32, "bottom", 24),
                "xAxis", Map.of("type", "category", "data", periods),
                "yAxis", Map.of("type", "value"),
                "series", series));
        return chart;
    }

    private static Map<String, Object> line(String name, List<?> data, boolean dashed) {
        Map<String, Object> line = new HashMap<>();
        line.put("name", name);
        line.put("type", "line");
        line.put("data", data);
        if (dashed) {
            line.put("lineStyle", Map.of("type", "dashed"));
            line.put("symbol", "none");
        }
        return line;
    }
}
