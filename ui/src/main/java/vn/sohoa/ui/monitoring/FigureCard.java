package vn.sohoa.ui.monitoring;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.Tooltip;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** One figure in large type with what it was in the previous period; its tooltip gives the counts behind it. */
class FigureCard extends Div {

    FigureCard(String id, String label, String value, String previous, String tooltip) {
        setId(id);
        addClassName("figure-card");
        addClassNames(LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Background.CONTRAST_5,
                LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        getStyle().set("flex", "1 1 150px").set("min-width", "0");
        Span name = new Span(label);
        name.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Span figure = new Span(value);
        figure.addClassNames("figure-value", LumoUtility.FontSize.XXLARGE, LumoUtility.FontWeight.BOLD);
        // The browser reports when the figure is first painted (Element Timing): the first render the browser test logs.
        figure.getElement().setAttribute("elementtiming", id);
        Span before = new Span(previous);
        before.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        add(name, figure, before);
        Tooltip.forComponent(this).setText(tooltip);
        getElement().setAttribute("title", tooltip);
    }
}
