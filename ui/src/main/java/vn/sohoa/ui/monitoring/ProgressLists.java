package vn.sohoa.ui.monitoring;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.math.BigDecimal;
import vn.sohoa.platform.monitoring.domain.Dashboard;
import vn.sohoa.platform.monitoring.domain.PilotFigures;
import vn.sohoa.platform.monitoring.domain.ReportFigures;

/** How far things have got: the newest replicas of pilot models, and the key indicators against their year's targets. */
class ProgressLists extends Div {

    ProgressLists(Dashboard dashboard) {
        addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.LARGE);
        setWidthFull();
        if (dashboard.sections().get("pilots") instanceof PilotFigures pilots && !pilots.newestReplicas().isEmpty()) {
            add(new FigureList("replicas", getTranslation("dashboard.replicas", Numbers.of(pilots.replicas())),
                    pilots.newestReplicas().stream().map(r -> getTranslation("dashboard.replica", r.name(),
                            r.tenantName(), getTranslation("pilots.status." + r.status()), Numbers.of(r.kpisReached()),
                            Numbers.of(r.kpis()))).toList(), pilots.replicas()));
        }
        if (dashboard.sections().get("reports") instanceof ReportFigures reports && !reports.targets().isEmpty()) {
            add(new FigureList("targets", getTranslation("dashboard.targets",
                    String.valueOf(reports.targets().getFirst().year())),
                    reports.targets().stream().map(t -> getTranslation("dashboard.target",
                            t.name() + (t.unit() == null || t.unit().isBlank() ? "" : " (" + t.unit() + ")"), Numbers.of(t.actual()),
                            Numbers.of(t.target()), Numbers.percent(percent(t.progress())))).toList(),
                    reports.targets().size()));
        }
    }

    private static Double percent(BigDecimal progress) {
        return progress == null ? null : progress.doubleValue() * 100;
    }
}
