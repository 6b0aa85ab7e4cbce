package vn.sohoa.ui.teams;

import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import vn.sohoa.platform.support.service.SupportCounts.WeekCount;

/**
 * Records and people week by week as an Apache ECharts bar-and-line chart. ECharts comes from its
 * Maven package ({@code org.mvnpm:echarts}), whose files Quarkus serves from {@code /_static/}; no
 * Node.js build is involved.
 */
@JavaScript("context://_static/echarts/6.0.0/dist/echarts.min.js")
class TrendChart extends Div {

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("dd/MM");

    TrendChart() {
        setId("weekly-trend");
        setWidthFull();
        setHeight("280px");
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", getTranslation("coverage.trend"));
    }

    /** Draws these weeks, replacing what was drawn. */
    void show(List<WeekCount> weeks) {
        getElement().executeJs("""
                        const chart = echarts.getInstanceByDom(this) || echarts.init(this);
                        if (!this.$resizes) {
                          this.$resizes = new ResizeObserver(() => chart.resize());
                          this.$resizes.observe(this);
                        }
                        chart.setOption({
                          tooltip: {trigger: 'axis'}, legend: {top: 0},
                          grid: {left: 40, right: 16, top: 32, bottom: 24},
                          xAxis: {type: 'category', data: JSON.parse($0)},
                          yAxis: {type: 'value', minInterval: 1},
                          series: [{name: $1, type: 'bar', data: JSON.parse($2)},
                                   {name: $3, type: 'line', data: JSON.parse($4)}]
                        }, true);""",
                json(weeks.stream().map(week -> "\"" + WEEK.format(week.monday()) + "\"").toList()),
                getTranslation("coverage.records"), json(weeks.stream().map(week -> "" + week.records()).toList()),
                getTranslation("coverage.people"), json(weeks.stream().map(week -> "" + week.people()).toList()));
    }

    private static String json(List<String> values) {
        return values.stream().collect(Collectors.joining(",", "[", "]"));
    }
}
