package vn.sohoa.ui.pilots;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.function.SerializableBiFunction;
import com.vaadin.flow.function.SerializableRunnable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.sohoa.platform.pilots.domain.Criterion;
import vn.sohoa.platform.pilots.domain.Kpi;
import vn.sohoa.platform.pilots.domain.LevelBand;
import vn.sohoa.platform.pilots.domain.PilotDesign;

/**
 * The design of a template or a pilot: its KPIs, its rubric criteria and its level bands, each added, changed
 * or removed. For a pilot the KPIs' baselines and targets are typed in the list itself (the wizard's step after
 * choosing a template); a template only suggests targets.
 */
class DesignEditor extends VerticalLayout {

    private final boolean forPilot;
    private final List<Kpi> kpis;
    private final List<Criterion> criteria;
    private final List<LevelBand> bands;
    private final Grid<Kpi> kpiGrid = new Grid<>();
    private final Grid<Criterion> criterionGrid = new Grid<>();
    private final Grid<LevelBand> bandGrid = new Grid<>();

    DesignEditor(PilotDesign design, boolean forPilot) {
        this.forPilot = forPilot;
        this.kpis = new ArrayList<>(design.kpis());
        this.criteria = new ArrayList<>(design.criteria());
        this.bands = new ArrayList<>(design.bands());
        setPadding(false);
        kpiGrid.setId("design-kpis");
        // Two lines per cell and the amounts one over the other, so that the lists fit a phone.
        kpiGrid.addColumn(TwoLines.<Kpi>of(Kpi::name, kpi -> getTranslation("pilots.design.kind." + kpi.kind().name())
                        + (kpi.unit() == null ? "" : " · " + kpi.unit())))
                .setHeader(getTranslation("pilots.kpi")).setFlexGrow(1);
        kpiGrid.addComponentColumn(kpi -> {
            VerticalLayout amounts = new VerticalLayout();
            amounts.setPadding(false);
            amounts.setSpacing(false);
            if (forPilot) {
                amounts.add(amount(kpi, kpi.baseline(), "baseline", (k, value) -> k.aiming(value, k.target())));
            }
            amounts.add(amount(kpi, kpi.target(), "target", (k, value) -> k.aiming(k.baseline(), value)));
            return amounts;
        }).setHeader(getTranslation(forPilot ? "pilots.design.amounts" : "pilots.kpi.target")).setWidth("7.5rem")
                .setFlexGrow(0);
        // A KPI's baseline or target typed in the list replaces its record without redrawing the row, so the
        // row's buttons find the KPI by its code.
        kpiGrid.addComponentColumn(kpi -> actions(
                () -> new KpiDialog(kpis.get(indexOf(kpis, kpi.code())), forPilot, changed -> {
                    kpis.set(indexOf(kpis, kpi.code()), changed);
                    kpiGrid.getDataProvider().refreshAll();
                }).open(),
                () -> {
                    kpis.remove(indexOf(kpis, kpi.code()));
                    kpiGrid.getDataProvider().refreshAll();
                })).setAutoWidth(true).setFlexGrow(0);

        criterionGrid.setId("design-criteria");
        criterionGrid.addColumn(TwoLines.<Criterion>of(Criterion::name,
                        criterion -> getTranslation("pilots.design.method." + criterion.method().name()) + " · "
                                + getTranslation("pilots.design.max-points") + ": " + Numbers.format(criterion.maxPoints())))
                .setHeader(getTranslation("pilots.design.criterion")).setFlexGrow(1);
        criterionGrid.addComponentColumn(criterion -> actions(
                () -> new CriterionDialog(criterion, kpis,
                        changed -> replace(criteria, criterion, changed, criterionGrid)).open(),
                () -> remove(criteria, criterion, criterionGrid))).setAutoWidth(true).setFlexGrow(0);

        bandGrid.setId("design-bands");
        bandGrid.addColumn(TwoLines.<LevelBand>of(LevelBand::name,
                        band -> getTranslation("pilots.design.min-points") + ": " + Numbers.format(band.minPoints())))
                .setHeader(getTranslation("pilots.design.band")).setFlexGrow(1);
        bandGrid.addComponentColumn(band -> actions(
                () -> new BandDialog(band, changed -> replace(bands, band, changed, bandGrid)).open(),
                () -> remove(bands, band, bandGrid))).setAutoWidth(true).setFlexGrow(0);

        add(section("pilots.design.kpis", kpiGrid, kpis, "pilots.design.add-kpi", "design-add-kpi",
                        () -> new KpiDialog(null, forPilot, added -> add(kpis, added, kpiGrid)).open()),
                section("pilots.design.criteria", criterionGrid, criteria, "pilots.design.add-criterion",
                        "design-add-criterion",
                        () -> new CriterionDialog(null, kpis, added -> add(criteria, added, criterionGrid)).open()),
                section("pilots.design.bands", bandGrid, bands, "pilots.design.add-band", "design-add-band",
                        () -> new BandDialog(null, added -> add(bands, added, bandGrid)).open()));
    }

    /** The design as it now stands. */
    PilotDesign design() {
        return new PilotDesign(kpis, criteria, bands);
    }

    private <T> VerticalLayout section(String titleKey, Grid<T> grid, List<T> items, String addKey, String addId,
                                       SerializableRunnable adding) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(items);
        Button add = new Button(getTranslation(addKey), VaadinIcon.PLUS.create(), click -> adding.run());
        add.setId(addId);
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        VerticalLayout section = new VerticalLayout(new H3(getTranslation(titleKey)), grid, add);
        section.setPadding(false);
        return section;
    }

    private BigDecimalField amount(Kpi kpi, BigDecimal value, String idPart,
                                   SerializableBiFunction<Kpi, BigDecimal, Kpi> aiming) {
        BigDecimalField field = new BigDecimalField();
        field.setValue(value);
        field.setWidthFull();
        field.setId("kpi-" + kpi.code() + "-" + idPart);
        field.setAriaLabel(getTranslation("pilots.kpi." + idPart) + " · " + kpi.name());
        field.setPlaceholder(getTranslation("pilots.kpi." + idPart));
        field.addValueChangeListener(change -> {
            // Replaced in place, without redrawing the list, so typing moves on to the next field.
            int index = indexOf(kpis, kpi.code());
            kpis.set(index, aiming.apply(kpis.get(index), change.getValue()));
        });
        return field;
    }

    private static int indexOf(List<Kpi> kpis, String code) {
        for (int i = 0; i < kpis.size(); i++) {
            if (kpis.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalStateException("KPI " + code + " is no longer in the design");
    }

    private Component actions(SerializableRunnable edit, SerializableRunnable remove) {
        Button editButton = new Button(VaadinIcon.EDIT.create(), click -> edit.run());
        editButton.setAriaLabel(getTranslation("pilots.design.edit"));
        Button removeButton = new Button(VaadinIcon.TRASH.create(), click -> remove.run());
        removeButton.setAriaLabel(getTranslation("pilots.design.remove"));
        editButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        removeButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        // One over the other: the narrowest column beside the list's texts.
        VerticalLayout actions = new VerticalLayout(editButton, removeButton);
        actions.setPadding(false);
        actions.setSpacing(false);
        return actions;
    }

    private static <T> void add(List<T> items, T added, Grid<T> grid) {
        items.add(added);
        grid.getDataProvider().refreshAll();
    }

    private static <T> void replace(List<T> items, T old, T changed, Grid<T> grid) {
        items.set(items.indexOf(old), changed);
        grid.getDataProvider().refreshAll();
    }

    private static <T> void remove(List<T> items, T removed, Grid<T> grid) {
        items.remove(removed);
        grid.getDataProvider().refreshAll();
    }
}
