package vn.sohoa.platform.pilots.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.sohoa.platform.pilots.domain.Assessment;
import vn.sohoa.platform.pilots.domain.Criterion;
import vn.sohoa.platform.pilots.domain.Kpi;
import vn.sohoa.platform.pilots.domain.LevelBand;
import vn.sohoa.platform.pilots.domain.Pilot;
import vn.sohoa.platform.pilots.domain.PilotField;
import vn.sohoa.platform.pilots.domain.PilotPlan;
import vn.sohoa.platform.pilots.domain.PilotStatus;
import vn.sohoa.platform.pilots.domain.Reporting;

/** A pilot as the API returns it: its plan, design, state, decision, assessments and the source it replicates. */
public record PilotResponse(long id, String tenantCode, String name, PilotField field, String objectives,
                            LocalDate startDate, LocalDate endDate, Long budgetVnd, List<String> subUnits,
                            List<String> partners, String responsible, Reporting reporting, String templateTenant,
                            String templateCode, List<Kpi> kpis, List<Criterion> criteria, List<LevelBand> bands,
                            PilotStatus status, String decisionNumber, LocalDate decisionDate,
                            Assessment selfAssessment, Assessment evaluation, BigDecimal totalPoints, String level,
                            boolean recognised, Long sourcePilotId, long version) {

    static PilotResponse of(Pilot pilot) {
        PilotPlan plan = pilot.plan();
        var design = pilot.design();
        BigDecimal total = pilot.evaluation() == null ? null : pilot.evaluation().total();
        String level = pilot.evaluation() == null ? null : pilot.evaluation().level();
        return new PilotResponse(pilot.id(), pilot.tenantCode(), plan.name(), plan.field(), plan.objectives(),
                plan.startDate(), plan.endDate(), plan.budgetVnd(), plan.subUnits(), plan.partners(),
                plan.responsible(), plan.reporting(), pilot.templateTenant(), pilot.templateCode(), design.kpis(),
                design.criteria(), design.bands(), pilot.status(), pilot.decisionNumber(), pilot.decisionDate(),
                pilot.selfAssessment(), pilot.evaluation(), total, level, pilot.recognised(),
                pilot.sourcePilotId(), pilot.version());
    }
}
