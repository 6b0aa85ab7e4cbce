package vn.sohoa.ui.monitoring;

import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import vn.sohoa.platform.monitoring.domain.Dashboard;
import vn.sohoa.platform.monitoring.domain.DtiFigures;
import vn.sohoa.platform.monitoring.domain.PilotFigures;
import vn.sohoa.platform.monitoring.domain.ReportFigures;
import vn.sohoa.platform.monitoring.domain.TrainingFigures;

/**
 * The cards of training, pilots, periodic reports and the DTI preview, each with the counts behind it in its
 * tooltip; a section the dashboard does not have shows no card.
 */
class SectionCards extends FlexLayout {

    SectionCards(Dashboard dashboard) {
        setFlexWrap(FlexWrap.WRAP);
        addClassNames(LumoUtility.Gap.MEDIUM);
        setWidthFull();
        if (dashboard.sections().get("training") instanceof TrainingFigures training) {
            add(new FigureCard("card-trained", getTranslation("dashboard.trained"), Numbers.percent(training.rate()),
                    getTranslation("dashboard.trained.detail", Numbers.percent(training.membersRate()),
                            Numbers.percent(training.officialsRate())),
                    getTranslation("dashboard.trained.tooltip", Numbers.of(training.peopleDone()),
                            Numbers.of(training.peopleAssigned()))));
            add(new FigureCard("card-certificates", getTranslation("dashboard.certificates"),
                    Numbers.of(training.certificates()),
                    getTranslation("monitoring.previous", Numbers.of(training.previousCertificates())),
                    getTranslation("dashboard.certificates.tooltip", Numbers.of(training.certificates()),
                            Numbers.of(training.previousCertificates()))));
        }
        if (dashboard.sections().get("pilots") instanceof PilotFigures pilots) {
            add(new FigureCard("card-pilots", getTranslation("dashboard.pilots"), Numbers.of(pilots.pilots()),
                    getTranslation("dashboard.pilots.detail", Numbers.of(pilots.recognised()), Numbers.of(pilots.replicas())),
                    getTranslation("dashboard.pilots.tooltip", Numbers.of(pilots.recognised()), Numbers.of(pilots.pilots()),
                            Numbers.of(pilots.replicas()))));
        }
        if (dashboard.sections().get("reports") instanceof ReportFigures reports) {
            add(new FigureCard("card-completeness", getTranslation("dashboard.completeness"),
                    Numbers.percent(reports.completeness()),
                    getTranslation("dashboard.timeliness", Numbers.percent(reports.timeliness())),
                    getTranslation("dashboard.completeness.tooltip", Numbers.of(reports.submitted()),
                            Numbers.of(reports.expected()), Numbers.of(reports.onTime()))));
        }
        if (dashboard.sections().get("dti") instanceof DtiFigures dti) {
            String score = Numbers.of(DtiFigures.points(dti.score()));
            add(new FigureCard("card-dti", getTranslation("dashboard.dti", String.valueOf(dti.year())), score,
                    getTranslation("dashboard.dti.rank", dti.rank(), dti.of()),
                    dti.recorded() == null ? getTranslation("dashboard.dti.tooltip", score)
                            : getTranslation("dashboard.dti.recorded", score, dti.recorded().rank(),
                            dti.recorded().of(), String.valueOf(dti.recorded().year()))));
        }
    }
}
