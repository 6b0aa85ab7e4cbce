package vn.sohoa.ui.pilots;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.pilots.domain.Pilot;

/** Pilots as a narrow list: name over field and planned dates, and where each stands. */
class PilotGrid extends Grid<Pilot> {

    PilotGrid() {
        addColumn(TwoLines.<Pilot>of(Pilot::name, pilot -> getTranslation("pilots.field." + pilot.field().name())
                        + " · " + VietnamCalendar.DAY.format(pilot.plan().startDate()) + " – "
                        + VietnamCalendar.DAY.format(pilot.plan().endDate())))
                .setHeader(getTranslation("pilots.name")).setFlexGrow(1);
        addColumn(pilot -> getTranslation("pilots.status." + pilot.status().name()))
                .setHeader(getTranslation("pilots.status")).setWidth("7rem").setFlexGrow(0);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    }
}
