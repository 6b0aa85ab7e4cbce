package vn.sohoa.ui.indicators;

import com.vaadin.flow.component.html.Span;
import vn.sohoa.platform.indicators.domain.ReportState;

/** A form's state as a coloured badge: approved green, submitted blue, returned red, draft or none grey. */
final class States {

    private States() {
    }

    /** The badge of {@code state}; null is a form nobody has saved yet. */
    static Span badge(ReportState state) {
        Span badge = new Span();
        badge.setText(badge.getTranslation(label(state)));
        badge.getElement().getThemeList().add("badge " + switch (state) {
            case null -> "contrast";
            case DRAFT -> "contrast";
            case SUBMITTED -> "";
            case APPROVED -> "success";
            case RETURNED -> "error";
        });
        return badge;
    }

    /** The key of {@code state}'s name in the translations. */
    static String label(ReportState state) {
        return "indicators.state." + (state == null ? "NONE" : state.name());
    }

    /** The badge saying the form is late. */
    static Span late() {
        Span badge = new Span();
        badge.setText(badge.getTranslation("indicators.late"));
        badge.getElement().getThemeList().add("badge error primary");
        return badge;
    }
}
