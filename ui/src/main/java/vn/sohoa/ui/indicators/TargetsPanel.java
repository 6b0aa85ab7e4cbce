package vn.sohoa.ui.indicators;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.IntStream;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.indicators.api.TargetRequest;
import vn.sohoa.platform.indicators.domain.Indicator;
import vn.sohoa.platform.indicators.service.IndicatorService;
import vn.sohoa.platform.indicators.service.TargetService;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.ui.form.FormDialog;
import vn.sohoa.ui.form.RequestRules;
import vn.sohoa.ui.tenancy.RoutedTenant;

/**
 * The tenant's targets of a year, each with the approved figure so far and the progress against it; its
 * administrators set a target for any indicator the tenant uses (a value checked as the API's
 * {@link TargetRequest}).
 */
class TargetsPanel extends VerticalLayout {

    private final RoutedTenant tenant;
    private final IndicatorService indicators;
    private final TargetService targets;
    private final Select<Integer> year = new Select<>();
    private final Grid<TargetService.Progress> grid = new Grid<>();

    TargetsPanel(RoutedTenant tenant, IndicatorService indicators, TargetService targets, Clock clock) {
        this.tenant = tenant;
        this.indicators = indicators;
        this.targets = targets;
        setPadding(false);
        int thisYear = VietnamCalendar.today(clock).getYear();
        year.setId("targets-year");
        year.setLabel(getTranslation("indicators.year"));
        year.setItems(IntStream.rangeClosed(-1, 3).mapToObj(back -> thisYear - back).toList());
        year.setValue(thisYear);
        year.addValueChangeListener(change -> refresh());
        grid.setId("targets-grid");
        grid.addColumn(target -> target.indicatorCode() + " · " + target.name()).setHeader(getTranslation("indicators.indicator.name"))
                .setFlexGrow(1);
        grid.addColumn(target -> Figures.format(target.target()) + " " + target.unit())
                .setHeader(getTranslation("indicators.targets.target")).setAutoWidth(true);
        grid.addColumn(target -> Figures.format(target.actual())).setHeader(getTranslation("indicators.targets.actual"))
                .setAutoWidth(true);
        grid.addColumn(target -> target.progress() == null ? "–"
                        : Figures.format(target.progress().multiply(BigDecimal.valueOf(100)), 1) + " %")
                .setHeader(getTranslation("indicators.targets.progress")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("indicators.targets.title")), year, grid);
        if (tenant.administered()) {
            Button set = new Button(getTranslation("indicators.targets.set"), click -> edit());
            set.setId("target-set");
            add(set);
        }
        refresh();
    }

    private void edit() {
        tenant.enter(Access.READ);
        ComboBox<Indicator> indicator = new ComboBox<>(getTranslation("indicators.indicator.name"));
        indicator.setItems(indicators.visible());
        indicator.setItemLabelGenerator(choice -> choice.code() + " · " + choice.name());
        TextField value = new TextField(getTranslation("indicators.targets.target"));
        value.setId("target-value");
        RequestRules rules = new RequestRules(TargetRequest.class);
        FormLayout form = new FormLayout(indicator, value);
        int of = year.getValue();
        new FormDialog<TargetRequest>(getTranslation("indicators.targets.set") + " " + of, form, () -> {
            Optional<BigDecimal> number;
            try {
                number = Figures.parse(value.getValue());
            } catch (NumberFormatException notANumber) {
                number = Optional.empty();
            }
            boolean valid = number.isPresent() && rules.accepts("value", number.get());
            value.setInvalid(!valid);
            value.setErrorMessage(valid ? null : getTranslation("indicators.targets.invalid"));
            indicator.setInvalid(indicator.getValue() == null);
            return valid && indicator.getValue() != null ? Optional.of(new TargetRequest(number.get(), null)) : Optional.empty();
        }, request -> {
            tenant.enter(Access.ADMINISTER);
            // The dialog sets the year's target whatever it was: the grid shows it again at once.
            targets.set(indicator.getValue().code(), of, request.value(), null);
            refresh();
        }).open();
    }

    private void refresh() {
        tenant.enter(Access.READ);
        grid.setItems(targets.list(year.getValue()));
    }
}
