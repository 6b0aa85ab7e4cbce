package vn.sohoa.ui.pilots;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableRunnable;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.pilots.domain.Pilot;
import vn.sohoa.platform.pilots.domain.PilotAccess;
import vn.sohoa.platform.pilots.domain.PilotMeasurement;
import vn.sohoa.platform.pilots.service.PilotMeasurementService;
import vn.sohoa.ui.tenancy.RoutedTenant;

/**
 * A pilot's current actuals by KPI and period; the unit's administrator records one (or corrects a period by
 * recording it again) while the pilot runs.
 */
class MeasurementsPanel extends VerticalLayout {

    MeasurementsPanel(RoutedTenant tenant, Pilot pilot, PilotMeasurementService measurements,
                      SerializableRunnable changed) {
        setPadding(false);
        if (pilot.status().measured() && tenant.allows(PilotAccess.MANAGE)) {
            Button record = new Button(getTranslation("pilots.measurement.record"), VaadinIcon.PLUS.create(),
                    click -> new MeasurementDialog(pilot.design().kpis(), request -> {
                        tenant.enter(PilotAccess.MANAGE);
                        measurements.record(pilot.id(), request, tenant.caller());
                        changed.run();
                    }).open());
            record.setId("pilot-record-measurement");
            record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(record);
        }
        Grid<PilotMeasurement> grid = new Grid<>();
        // Two columns of two lines, which fit a phone: the KPI over who recorded it, when, and the note; the
        // period over its value.
        grid.addColumn(TwoLines.<PilotMeasurement>of(measurement -> pilot.design().kpi(measurement.kpiCode())
                        .map(kpi -> kpi.name()).orElse(measurement.kpiCode()), measurement -> measurement.recordedBy()
                        + " · " + VietnamCalendar.DAY_TIME.format(measurement.recordedAt())
                        + (measurement.note() == null ? "" : " · " + measurement.note())))
                .setHeader(getTranslation("pilots.kpi")).setFlexGrow(1);
        grid.addColumn(TwoLines.<PilotMeasurement>of(PilotMeasurement::period,
                        measurement -> Numbers.format(measurement.actual().value())))
                .setHeader(getTranslation("pilots.measurement.period")).setWidth("7rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(measurements.list(pilot.id(), false));
        add(grid);
    }
}
