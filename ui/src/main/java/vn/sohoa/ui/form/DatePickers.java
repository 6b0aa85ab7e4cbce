package vn.sohoa.ui.form;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.DayOfWeek;
import vn.sohoa.platform.calendar.VietnamCalendar;

/**
 * Every date picker of the UI. Vietnamese documents write a day as {@code 02/12/2026}; the pickers'
 * own formatting follows the browser's language and writes {@code 2/12/2026} on the first nine days
 * of a month, so each picker is told the pattern, and that weeks start on Monday.
 */
public final class DatePickers {

    private DatePickers() {
    }

    /** A picker of a day, labelled {@code label} (none when null). */
    public static DatePicker day(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setI18n(vietnamese());
        return picker;
    }

    /** A picker of a day and a time of day, labelled {@code label}. */
    public static DateTimePicker dayAndTime(String label) {
        DateTimePicker picker = new DateTimePicker(label);
        picker.setDatePickerI18n(vietnamese());
        return picker;
    }

    private static DatePicker.DatePickerI18n vietnamese() {
        // The web component counts weekdays from Sunday = 0.
        return new DatePicker.DatePickerI18n().setDateFormat(VietnamCalendar.DAY_PATTERN)
                .setFirstDayOfWeek(DayOfWeek.MONDAY.getValue());
    }
}
