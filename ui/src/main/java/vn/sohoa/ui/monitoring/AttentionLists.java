package vn.sohoa.ui.monitoring;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.List;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.monitoring.domain.ActivityFigures;
import vn.sohoa.platform.monitoring.domain.CoverageFigures;
import vn.sohoa.platform.monitoring.domain.Dashboard;

/** What needs attention: hamlets without a team and tenants without activity in the last fourteen days. */
class AttentionLists extends Div {

    AttentionLists(Dashboard dashboard) {
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.LARGE);
        setWidthFull();
        if (dashboard.sections().get("coverage") instanceof CoverageFigures coverage) {
            add(block("without-team", getTranslation("monitoring.without-team", Numbers.of(coverage.withoutTeamTotal())),
                    coverage.withoutTeam().stream().map(h -> h.unitName() + " · " + h.tenantName()).toList(),
                    coverage.withoutTeamTotal()));
        }
        if (dashboard.sections().get("activity") instanceof ActivityFigures activity) {
            add(block("idle", getTranslation("monitoring.idle", VietnamCalendar.DAY.format(activity.idleSince()),
                            Numbers.of(activity.idleTotal())),
                    activity.idle().stream().map(t -> t.name() + " (" + t.code() + ")").toList(), activity.idleTotal()));
        }
    }

    private Div block(String id, String title, List<String> lines, long total) {
        Div block = new Div(new H3(title));
        block.setId(id);
        block.getStyle().set("flex", "1 1 280px").set("min-width", "0");
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        block.add(list);
        if (total > lines.size()) {
            block.add(new Span(getTranslation("monitoring.more", Numbers.of(total - lines.size()))));
        }
        return block;
    }
}
