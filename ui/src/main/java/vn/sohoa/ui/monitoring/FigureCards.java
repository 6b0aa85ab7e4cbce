package vn.sohoa.ui.monitoring;

import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import vn.sohoa.platform.monitoring.domain.ActivityFigures;
import vn.sohoa.platform.monitoring.domain.CoverageFigures;
import vn.sohoa.platform.monitoring.domain.Dashboard;

/** The cards of the dashboard: coverage, members, support acts and people helped, each against the previous period. */
class FigureCards extends FlexLayout {

    FigureCards(Dashboard dashboard) {
        setFlexWrap(FlexWrap.WRAP);
        addClassNames(LumoUtility.Gap.MEDIUM);
        setWidthFull();
        if (dashboard.sections().get("coverage") instanceof CoverageFigures coverage) {
            add(new FigureCard("card-coverage", getTranslation("monitoring.coverage"), Numbers.percent(coverage.rate()),
                    previous(Numbers.percent(coverage.previousRate())),
                    getTranslation("monitoring.coverage.tooltip", Numbers.of(coverage.covered()), Numbers.of(coverage.hamlets()))));
            add(new FigureCard("card-members", getTranslation("monitoring.members"), Numbers.of(coverage.members()),
                    previous(Numbers.of(coverage.previousMembers())),
                    getTranslation("monitoring.members.tooltip", Numbers.of(coverage.members()), Numbers.of(coverage.teams()))));
        }
        if (dashboard.sections().get("activity") instanceof ActivityFigures activity) {
            add(new FigureCard("card-acts", getTranslation("monitoring.acts"), Numbers.of(activity.acts()),
                    previous(Numbers.of(activity.previousActs())),
                    getTranslation("monitoring.acts.tooltip", Numbers.of(activity.acts()), Numbers.of(activity.previousActs()))));
            add(new FigureCard("card-people", getTranslation("monitoring.people"), Numbers.of(activity.people()),
                    previous(Numbers.of(activity.previousPeople())),
                    getTranslation("monitoring.people.tooltip", Numbers.of(activity.people()), Numbers.of(activity.acts()))));
        }
    }

    private String previous(String value) {
        return getTranslation("monitoring.previous", value);
    }
}
