package vn.sohoa.ui.monitoring;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.sohoa.platform.monitoring.domain.Ranking;
import vn.sohoa.platform.monitoring.domain.Ranking.Item;
import vn.sohoa.platform.paging.SearchText;

/**
 * The direct children on one metric: a sortable table, searchable by name (a click opens the child's dashboard), and
 * a bar chart of the first {@value #BARS}. {@link #refresh()} reads the metric picked again in place, keeping the table's order.
 */
class RankingPanel extends VerticalLayout {

    static final int BARS = 30;

    private final Select<String> metric = new Select<>();
    private final TextField search = new TextField();
    private final Grid<Item> table = new Grid<>();
    private final ChildrenChart bars;
    private final Function<String, Ranking> rank;

    /**
     * @param first the metric shown first: the one picked before, as when the period or the child changes; the first
     *              of {@code metrics} when null or not one of them
     */
    RankingPanel(List<String> metrics, String first, Function<String, Ranking> rank, Consumer<String> open) {
        this.rank = rank;
        setPadding(false);
        bars = new ChildrenChart("ranking-chart", "320px", getTranslation("monitoring.ranking"), open);
        metric.setId("ranking-metric");
        metric.setLabel(getTranslation("monitoring.ranking.metric"));
        metric.setItems(metrics);
        metric.setItemLabelGenerator(m -> getTranslation("dashboard.metric." + m));
        table.setId("ranking");
        table.addColumn(Item::name).setHeader(getTranslation("monitoring.child")).setFlexGrow(1)
                .setComparator(Comparator.comparing(Item::name)).setSortable(true);
        Grid.Column<Item> value = table.addColumn(item -> format(item.value(), item.denominator() != null))
                .setHeader(getTranslation("monitoring.value")).setAutoWidth(true).setFlexGrow(0)
                .setComparator(Comparator.comparing(Item::value, Comparator.nullsFirst(Comparator.naturalOrder())))
                .setSortable(true);
        table.addColumn(item -> Numbers.of(item.numerator())).setHeader(getTranslation("monitoring.numerator"))
                .setAutoWidth(true).setFlexGrow(0).setComparator(Comparator.comparingLong(Item::numerator)).setSortable(true);
        table.addColumn(item -> Numbers.of(item.denominator())).setHeader(getTranslation("monitoring.denominator"))
                .setAutoWidth(true).setFlexGrow(0);
        table.sort(GridSortOrder.desc(value).build());
        table.addItemClickListener(click -> open.accept(click.getItem().code()));
        table.setTooltipGenerator(item -> getTranslation("monitoring.ranking.tooltip", item.name(),
                Numbers.of(item.numerator()), Numbers.of(item.denominator())));
        search.setId("ranking-search");
        search.setLabel(getTranslation("monitoring.ranking.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> filter());
        metric.addValueChangeListener(change -> show(change.getValue()));
        FlexLayout choices = new FlexLayout(metric, search);
        choices.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        choices.addClassNames(LumoUtility.Gap.MEDIUM);
        add(choices, table, bars);
        metric.setValue(metrics.contains(first) ? first : metrics.getFirst());
    }

    /** The metric picked. */
    String metric() {
        return metric.getValue();
    }

    /** Reads the metric picked again and shows it in the same table and chart. */
    void refresh() {
        show(metric.getValue());
    }

    private void show(String chosen) {
        List<Item> items = rank.apply(chosen).items();
        table.setItems(items);
        filter();
        table.setAllRowsVisible(items.size() <= 20);
        if (items.size() > 20) {
            table.setHeight("420px");
        }
        List<Item> shown = items.stream().limit(BARS).toList().reversed();
        bars.draw(Map.of(
                "tooltip", Map.of("trigger", "item"),
                "grid", Map.of("left", 8, "right", 24, "top", 8, "bottom", 8, "containLabel", true),
                "xAxis", Map.of("type", "value"),
                "yAxis", Map.of("type", "category", "data", shown.stream().map(Item::name).toList()),
                "series", List.of(Map.of("type", "bar", "name", getTranslation("dashboard.metric." + chosen),
                        "data", shown.stream().map(item -> Map.of("code", item.code(),
                                "value", item.value() == null ? 0 : item.value(),
                                "tooltip", Map.of("formatter", getTranslation("monitoring.ranking.tooltip", item.name(),
                                        Numbers.of(item.numerator()), Numbers.of(item.denominator()))))).toList()))));
    }

    /** Lists only the children whose name holds the words searched, the chart still showing the first ones. */
    private void filter() {
        String words = search.getValue();
        table.getListDataView().setFilter(item -> SearchText.contains(item.name(), words));
    }

    private static String format(Double value, boolean share) {
        return share ? Numbers.percent(value) : Numbers.of(value);
    }
}
