package vn.sohoa.ui.restructuring;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import vn.sohoa.admin.restructuring.service.Impact;

/** What a restructuring would change, in words, shown before the person confirms it. */
class ImpactView extends Div {

    ImpactView() {
        setId("impact-preview");
        addClassNames(LumoUtility.Background.CONTRAST_5, LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM);
        setVisible(false);
    }

    void show(Impact impact) {
        removeAll();
        UnorderedList lines = new UnorderedList();
        lines.add(line("impact.created", impact.created()), line("impact.ended", impact.ended()),
                line("impact.moved", impact.moved()),
                new ListItem(getTranslation("impact.sub-units", impact.subUnitsCopied())),
                new ListItem(getTranslation("impact.roles", impact.membersAffected())),
                new ListItem(getTranslation("impact.members", impact.membersToOffer())),
                new ListItem(getTranslation("impact.records", impact.supportRecords())));
        add(new H4(getTranslation("impact.title")), lines);
        setVisible(true);
    }

    void clear() {
        removeAll();
        setVisible(false);
    }

    private ListItem line(String key, List<String> codes) {
        return new ListItem(getTranslation(key, codes.isEmpty() ? getTranslation("impact.none") : String.join(", ", codes)));
    }
}
