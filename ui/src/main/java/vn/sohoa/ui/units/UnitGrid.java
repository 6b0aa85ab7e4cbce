package vn.sohoa.ui.units;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.NumberRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.text.NumberFormat;
import vn.sohoa.platform.units.domain.Unit;

/**
 * The columns of the sub-unit list; code and name come first so they stay in view on a phone. Rows
 * are not selectable: a click opens the sub-unit instead, where the person may edit it.
 */
class UnitGrid extends Grid<Unit> {

    UnitGrid() {
        setSelectionMode(SelectionMode.NONE);
        addColumn(Unit::code).setHeader(getTranslation("unit.code")).setAutoWidth(true).setFlexGrow(0);
        addColumn(Unit::name).setHeader(getTranslation("unit.name")).setAutoWidth(true);
        addColumn(unit -> getTranslation("unit.type." + unit.type())).setHeader(getTranslation("unit.type"))
                .setAutoWidth(true);
        addNumberColumn(Unit::households, "unit.households");
        addNumberColumn(Unit::population, "unit.population");
        setSizeFull();
    }

    /** Digits grouped the way the reader's language does it: 1.093 in Vietnamese, 1,093 in English. */
    private void addNumberColumn(ValueProvider<Unit, Number> value, String header) {
        addColumn(new NumberRenderer<>(value, NumberFormat.getIntegerInstance(getLocale())))
                .setHeader(getTranslation(header)).setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
    }
}
