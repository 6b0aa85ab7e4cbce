package vn.sohoa.ui.monitoring;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** A titled list of the dashboard, one line per place or item, with how many more there are beyond those shown. */
class FigureList extends Div {

    FigureList(String id, String title, List<String> lines, long total) {
        add(new H3(title));
        setId(id);
        getStyle().set("flex", "1 1 280px").set("min-width", "0").set("overflow-wrap", "anywhere");
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        add(list);
        if (total > lines.size()) {
            add(new Span(getTranslation("monitoring.more", Numbers.of(total - lines.size()))));
        }
    }
}
