package vn.sohoa.ui.chart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;

/**
 * An Apache ECharts chart. ECharts comes from its Maven package ({@code org.mvnpm:echarts}), whose files
 * Quarkus serves from {@code /_static/}; no Node.js build is involved. The caller builds the
 * <a href="https://echarts.apache.org/en/option.html">option document</a> as maps and lists; the chart
 * follows its element's size, so it fits a 360-pixel phone and a wall screen alike.
 */
@JavaScript("context://_static/echarts/6.0.0/dist/echarts.min.js")
public class EChart extends Div {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param id          the element id, for tests and links
     * @param height      a CSS height, e.g. {@code "280px"}
     * @param description what the chart shows, read out by screen readers
     */
    public EChart(String id, String height, String description) {
        setId(id);
        setWidthFull();
        setHeight(height);
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", description);
    }

    /**
     * Draws this option document, replacing what was drawn. The labels of its value axes write numbers as Vietnamese
     * documents do (1.234,5), unless the document gives a formatter of its own. The charts the page has dropped since
     * the last one drawn are disposed first: ECharts keeps every chart it made until it is disposed, and a page that
     * redraws itself all day (the dashboard's wall) would otherwise pile them up in the browser. A chart on a page
     * shown full screen is drawn without animation: the wall redraws its charts every minute, and they should change
     * in place, not grow again from nothing.
     */
    public void show(Object option) {
        getElement().executeJs("""
                const charts = window.$sohoaCharts || (window.$sohoaCharts = new Set());
                charts.forEach(dom => {
                  if (!dom.isConnected) {
                    echarts.getInstanceByDom(dom)?.dispose();
                    dom.$resizes?.disconnect();
                    charts.delete(dom);
                  }
                });
                charts.add(this);
                const chart = echarts.getInstanceByDom(this) || echarts.init(this);
                if (!this.$resizes) {
                  this.$resizes = new ResizeObserver(() => chart.resize());
                  this.$resizes.observe(this);
                }
                const option = JSON.parse($0);
                if (document.fullscreenElement?.contains(this)) {
                  option.animation = false;
                }
                const vietnamese = new Intl.NumberFormat('vi-VN');
                [].concat(option.xAxis || [], option.yAxis || []).filter(axis => axis.type === 'value')
                  .forEach(axis => axis.axisLabel = {formatter: value => vietnamese.format(value), ...axis.axisLabel});
                chart.setOption(option, true);""", json(option));
    }

    private static String json(Object option) {
        try {
            return JSON.writeValueAsString(option);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A chart option that is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
