package vn.sohoa.platform.pilots.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.TenantScopedEntity;

/**
 * A pilot model of one unit: its plan, its own copy of a design, where it stands in its life cycle, and its
 * assessments. A replica names the pilot it was copied from ({@code sourcePilotId}), in another tenant.
 */
@Entity
@Table(name = "pilot")
public class Pilot extends TenantScopedEntity {

    private String name;

    @Enumerated(EnumType.STRING)
    private PilotField field;

    private String objectives;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "budget_vnd")
    private Long budgetVnd;

    @Column(name = "sub_units")
    private String[] subUnits;

    private String[] partners;

    private String responsible;

    @Enumerated(EnumType.STRING)
    private Reporting reporting;

    @Column(name = "template_tenant")
    private String templateTenant;

    @Column(name = "template_code")
    private String templateCode;

    @JdbcTypeCode(SqlTypes.JSON)
    private PilotDesign design;

    @Enumerated(EnumType.STRING)
    private PilotStatus status;

    @Column(name = "decision_number")
    private String decisionNumber;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "self_assessment")
    private Assessment selfAssessment;

    @JdbcTypeCode(SqlTypes.JSON)
    private Assessment evaluation;

    @Column(name = "total_points")
    private BigDecimal totalPoints;

    private String level;

    private boolean recognised;

    @Column(name = "source_pilot_id")
    private Long sourcePilotId;

    protected Pilot() {
    }

    /** A new DRAFT pilot; {@code templateTenant} and {@code templateCode} name the template it copied, if any. */
    public Pilot(PilotPlan plan, PilotDesign design, String templateTenant, String templateCode) {
        this.status = PilotStatus.DRAFT;
        this.templateTenant = templateTenant;
        this.templateCode = templateCode;
        replan(plan, design);
    }

    /**
     * Replaces the plan and the design.
     *
     * @throws ProblemException 409 unless the pilot is DRAFT or RETURNED
     */
    public void replan(PilotPlan plan, PilotDesign newDesign) {
        if (status != null && !status.editable()) {
            throw ProblemException.conflict("Pilot " + id() + " is " + status
                    + "; only a DRAFT or RETURNED pilot can be changed.");
        }
        this.name = plan.name();
        this.field = plan.field();
        this.objectives = plan.objectives();
        this.startDate = plan.startDate();
        this.endDate = plan.endDate();
        this.budgetVnd = plan.budgetVnd();
        this.subUnits = plan.subUnits().toArray(String[]::new);
        this.partners = plan.partners().toArray(String[]::new);
        this.responsible = plan.responsible();
        this.reporting = plan.reporting();
        this.design = newDesign;
    }

    /**
     * The state {@code action} leads to from the current one, without taking it: a step whose request carries more
     * (an evaluation's scores) is refused for the state before its content is read.
     *
     * @throws ProblemException 409 when the step cannot be taken from the current state
     */
    public PilotStatus next(PilotAction action) {
        return action.from(status).orElseThrow(() -> ProblemException.conflict("Pilot " + id() + " is " + status
                + "; " + action + " is not possible from there."));
    }

    /**
     * Takes a step of the life cycle and returns the state it left; an approval or a replication keeps its
     * decision.
     *
     * @throws ProblemException 409 when the step cannot be taken from the current state
     */
    public PilotStatus take(PilotAction action, String decision, LocalDate decidedOn) {
        PilotStatus before = status;
        status = next(action);
        if (action == PilotAction.APPROVE) {
            decisionNumber = decision;
            decisionDate = decidedOn;
        }
        return before;
    }

    /** Keeps the unit's self-assessment. */
    public void selfAssess(Assessment assessment) {
        this.selfAssessment = assessment;
    }

    /** Keeps the governing level's evaluation, its total and level, and the recognition decision. */
    public void evaluate(Assessment assessment, boolean recognise) {
        this.evaluation = assessment;
        this.totalPoints = assessment.total();
        this.level = assessment.level();
        this.recognised = recognise;
    }

    public PilotPlan plan() {
        return new PilotPlan(name, field, objectives, startDate, endDate, budgetVnd, List.of(subUnits),
                List.of(partners), responsible, reporting);
    }

    public String name() {
        return name;
    }

    public PilotField field() {
        return field;
    }

    public PilotDesign design() {
        return design;
    }

    public PilotStatus status() {
        return status;
    }

    public String templateTenant() {
        return templateTenant;
    }

    public String templateCode() {
        return templateCode;
    }

    public String decisionNumber() {
        return decisionNumber;
    }

    public LocalDate decisionDate() {
        return decisionDate;
    }

    /** The unit's self-assessment, or null before it wrote one. */
    public Assessment selfAssessment() {
        return selfAssessment;
    }

    /** The final evaluation, or null before the governing level evaluated. */
    public Assessment evaluation() {
        return evaluation;
    }

    public boolean recognised() {
        return recognised;
    }

    /** The pilot this one replicates, or null. */
    public Long sourcePilotId() {
        return sourcePilotId;
    }
}
