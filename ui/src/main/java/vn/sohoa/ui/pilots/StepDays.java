package vn.sohoa.ui.pilots;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.io.Serializable;
import java.time.LocalDate;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.ui.form.DatePickers;

/**
 * The days a pilot's next step may take effect on: from the day of its last step (any day before its first) to
 * today, as the life cycle allows. Each step's form asks the day in a picker set to today, which a unit bringing
 * its pilots over from paper moves back to the day the step really took effect.
 *
 * @param today    today in Vietnam
 * @param earliest the day the pilot's last step took effect, null before its first step
 */
record StepDays(LocalDate today, LocalDate earliest) implements Serializable {

    /** A picker of the step's day, set to today and bounded by the days allowed. */
    DatePicker picker(String id) {
        DatePicker picker = DatePickers.day(null);
        picker.setLabel(picker.getTranslation("pilots.step-day"));
        picker.setHelperText(picker.getTranslation("pilots.step-day.help"));
        picker.setId(id);
        picker.setValue(today);
        picker.setMax(today);
        picker.setMin(earliest);
        picker.setRequired(true);
        return picker;
    }

    /** Whether the picker holds an allowed day; marks it with the allowed range when it does not. */
    boolean check(DatePicker picker) {
        LocalDate day = picker.getValue();
        boolean allowed = day != null && !day.isAfter(today) && (earliest == null || !day.isBefore(earliest));
        picker.setInvalid(!allowed);
        picker.setErrorMessage(allowed ? null : earliest == null
                ? picker.getTranslation("pilots.step-day.until", VietnamCalendar.DAY.format(today))
                : picker.getTranslation("pilots.step-day.range", VietnamCalendar.DAY.format(earliest),
                        VietnamCalendar.DAY.format(today)));
        return allowed;
    }
}
