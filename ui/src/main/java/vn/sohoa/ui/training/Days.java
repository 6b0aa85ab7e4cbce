package vn.sohoa.ui.training;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Days as the training pages write them: dd/MM/yyyy. */
final class Days {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Days() {
    }

    static String of(LocalDate day) {
        return DAY.format(day);
    }
}
