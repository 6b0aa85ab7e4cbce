package vn.sohoa.platform.monitoring.service;

import java.util.List;
import java.util.Locale;

/** The sheet of one section in the report: rows of text and numbers, with the report's language. */
public interface ReportSheet {

    /** Vietnamese or English; labels of the sheet follow it. */
    Locale locale();

    /** Appends a row; a cell is text, a number, a date or null. */
    void row(List<?> cells);

    /** Appends an empty row between blocks. */
    default void gap() {
        row(List.of());
    }

    /** {@code vi} in Vietnamese, else {@code en}. */
    default String say(String vi, String en) {
        return "vi".equals(locale().getLanguage()) ? vi : en;
    }
}
