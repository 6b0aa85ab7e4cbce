package vn.sohoa.ui.monitoring;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.theme.lumo.LumoUtility;
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
            add(new FigureList("without-team",
                    getTranslation("monitoring.without-team", Numbers.of(coverage.withoutTeamTotal())),
                    coverage.withoutTeam().stream().map(h -> h.unitName() + " · " + h.tenantName()).toList(),
                    coverage.withoutTeamTotal()));
        }
        if (dashboard.sections().get("activity") instanceof ActivityFigures activity) {
            add(new FigureList("idle",
                    getTranslation("monitoring.idle", VietnamCalendar.DAY.format(activity.idleSince()),
                            Numbers.of(activity.idleTotal())),
                    activity.idle().stream().map(t -> t.name() + " (" + t.code() + ")").toList(), activity.idleTotal()));
        }
    }
}
