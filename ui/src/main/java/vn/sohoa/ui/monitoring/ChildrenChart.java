package vn.sohoa.ui.monitoring;

import com.vaadin.flow.component.ClientCallable;
import java.util.function.Consumer;
import vn.sohoa.ui.chart.EChart;

/** A chart of the children whose data items carry a {@code code}: clicking one opens that child's dashboard. */
class ChildrenChart extends EChart {

    private final Consumer<String> open;

    ChildrenChart(String id, String height, String description, Consumer<String> open) {
        super(id, height, description);
        this.open = open;
    }

    /** Draws the option and sends a click on an item to {@link #open}. */
    void draw(Object option) {
        show(option);
        getElement().executeJs("""
                const chart = echarts.getInstanceByDom(this);
                chart.off('click');
                chart.on('click', p => p.data && p.data.code && this.$server.open(p.data.code));""");
    }

    @ClientCallable
    void open(String code) {
        open.accept(code);
    }
}
