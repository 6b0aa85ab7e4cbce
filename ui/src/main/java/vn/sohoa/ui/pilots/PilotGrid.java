package vn.sohoa.ui.pilots;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.pilots.domain.Pilot;

/** Pilots as a narrow list: name, field, where each stands, and its planned dates. */
class PilotGrid extends Grid<Pilot> {

    PilotGrid() {
        addColumn(Pilot::name).setHeader(getTranslation("pilots.name")).setFlexGrow(1);
        addColumn(pilot -> getTranslation("pilots.field." + pilot.field().name()))
                .setHeader(getTranslation("pilots.field")).setAutoWidth(true);
        addColumn(pilot -> getTranslation("pilots.status." + pilot.status().name()))
                .setHeader(getTranslation("pilots.status")).setAutoWidth(true);
        addColumn(pilot -> VietnamCalendar.DAY.format(pilot.plan().startDate()) + " – "
                + VietnamCalendar.DAY.format(pilot.plan().endDate()))
                .setHeader(getTranslation("pilots.dates")).setAutoWidth(true);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    }
}
