package vn.sohoa.ui.training;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.NumberRenderer;
import vn.sohoa.platform.training.service.TrainingOverview;

import java.text.NumberFormat;
import java.util.function.ToDoubleFunction;
import java.util.function.ToLongFunction;

/**
 * The training figures of a tenant's own people and of each child's subtree, the total of the subtree last.
 * Numbers are written as Vietnamese writes them (1.234; 56,7%).
 */
class OverviewGrid extends Grid<TrainingOverview.Figures> {

    /** @param here the tenant on screen, whose own people and total are the rows of its own code */
    OverviewGrid(String here) {
        setId("training-overview");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        addColumn(figures -> figures.own() ? getTranslation("training.overview.own", figures.tenantName())
                : figures.tenantCode().equals(here) ? getTranslation("training.overview.total") : figures.tenantName()).setHeader(getTranslation("training.overview.unit"))
                .setFrozen(true).setAutoWidth(true).setFlexGrow(1);
        count("training.overview.assigned", TrainingOverview.Figures::assigned);
        count("training.overview.enrolled", TrainingOverview.Figures::enrolled);
        count("training.overview.completed", TrainingOverview.Figures::completed);
        percent("training.overview.completion", TrainingOverview.Figures::completionPercent);
        count("training.overview.overdue", TrainingOverview.Figures::overdue);
        percent("training.overview.team-members-done", TrainingOverview.Figures::teamMembersDonePercent);
    }

    private void count(String header, ToLongFunction<TrainingOverview.Figures> value) {
        addColumn(new NumberRenderer<>(value::applyAsLong, NumberFormat.getIntegerInstance(getLocale())))
                .setHeader(getTranslation(header)).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
    }

    private void percent(String header, ToDoubleFunction<TrainingOverview.Figures> value) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        addColumn(figures -> format.format(value.applyAsDouble(figures)) + "%").setHeader(getTranslation(header))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
    }
}
