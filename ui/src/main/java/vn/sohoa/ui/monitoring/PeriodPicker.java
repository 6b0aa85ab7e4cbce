package vn.sohoa.ui.monitoring;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.function.Consumer;
import vn.sohoa.platform.monitoring.domain.Period;
import vn.sohoa.ui.form.DatePickers;

/** This month, quarter or year, or a range of days (dd/MM/yyyy); calls back with each complete period chosen. */
class PeriodPicker extends HorizontalLayout {

    enum Choice { MONTH, QUARTER, YEAR, RANGE }

    private final Select<Choice> choice = new Select<>();
    private final DatePicker from = DatePickers.day(getTranslation("monitoring.from"));
    private final DatePicker to = DatePickers.day(getTranslation("monitoring.to"));
    private final LocalDate today;

    PeriodPicker(LocalDate today, Period shown, Consumer<Period> chosen) {
        this.today = today;
        setWrap(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        choice.setId("period");
        from.setId("period-from");
        to.setId("period-to");
        choice.setLabel(getTranslation("monitoring.period"));
        choice.setItems(Choice.values());
        choice.setItemLabelGenerator(c -> getTranslation("monitoring.period." + c.name().toLowerCase()));
        Choice initial = java.util.Arrays.stream(Choice.values()).filter(c -> c != Choice.RANGE && of(c).equals(shown))
                .findFirst().orElse(Choice.RANGE);
        choice.setValue(initial);
        show(shown);
        choice.addValueChangeListener(change -> {
            boolean range = change.getValue() == Choice.RANGE;
            from.setReadOnly(!range);
            to.setReadOnly(!range);
            if (!range) {
                show(of(change.getValue()));
                chosen.accept(of(change.getValue()));
            }
        });
        from.setReadOnly(initial != Choice.RANGE);
        to.setReadOnly(initial != Choice.RANGE);
        Runnable range = () -> {
            if (choice.getValue() == Choice.RANGE && from.getValue() != null && to.getValue() != null
                    && !to.getValue().isBefore(from.getValue())
                    && new Period(from.getValue(), to.getValue()).days() <= Period.MAX_DAYS) {
                chosen.accept(new Period(from.getValue(), to.getValue()));
            }
        };
        from.addValueChangeListener(change -> range.run());
        to.addValueChangeListener(change -> range.run());
        add(choice, from, to);
    }

    private Period of(Choice chosen) {
        return switch (chosen) {
            case MONTH, RANGE -> Period.monthOf(today);
            case QUARTER -> {
                LocalDate first = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
                yield new Period(first, first.plusMonths(3).minusDays(1));
            }
            case YEAR -> new Period(today.withDayOfYear(1), today.withDayOfYear(1).plusYears(1).minusDays(1));
        };
    }

    private void show(Period period) {
        from.setValue(period.from());
        to.setValue(period.to());
    }
}
