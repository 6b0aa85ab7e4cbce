package vn.sohoa.platform.indicators.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.TenantScopedEntity;

/**
 * One tenant's form of one data set for one period, and its life cycle. Each change of state names who made
 * it; the audit trail keeps every one, un-approvals included. An approved form is locked.
 */
@Entity
@Table(name = "report_form")
public class ReportForm extends TenantScopedEntity {

    @Column(name = "data_set_id")
    private long dataSetId;

    private String period;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private ReportState state;

    private String comment;

    @Column(name = "first_submitted_at")
    private Instant firstSubmittedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    protected ReportForm() {
    }

    public ReportForm(DataSet dataSet, ReportPeriod period) {
        this.dataSetId = dataSet.id();
        this.period = period.label();
        this.periodStart = period.first();
        this.periodEnd = period.last();
        this.dueDate = period.dueDate(dataSet.dueDays());
        this.state = ReportState.DRAFT;
    }

    /** Refuses a change of values unless the form is a draft or was returned: 409 naming the period. */
    public void checkEditable() {
        if (!state.editable()) {
            throw ProblemException.conflict("The form for " + period + " is " + state.name().toLowerCase()
                    + (state == ReportState.APPROVED ? " and locked" : "") + "; its values cannot be changed.");
        }
    }

    /**
     * Whether a form is late, as every list, board and form page says it: by the day it was first submitted in
     * Vietnam, whatever was returned and submitted again after; by today while it never was.
     */
    public static boolean late(Instant firstSubmittedAt, LocalDate due, LocalDate today) {
        return firstSubmittedAt == null ? today.isAfter(due) : VietnamCalendar.dayOf(firstSubmittedAt).isAfter(due);
    }

    /** Hands the form to the level above. */
    public void submit(String who, Instant at) {
        checkEditable();
        state = ReportState.SUBMITTED;
        submittedAt = at;
        submittedBy = who;
        if (firstSubmittedAt == null) {
            firstSubmittedAt = at;
        }
    }

    /** The level above accepts the form; its values become part of every roll-up. */
    public void approve(String who, Instant at) {
        expect(ReportState.SUBMITTED, "approved");
        decide(ReportState.APPROVED, who, at, null);
    }

    /** The level above sends the form back with what to correct. */
    public void sendBack(String who, Instant at, String why) {
        expect(ReportState.SUBMITTED, "returned");
        decide(ReportState.RETURNED, who, at, why);
    }

    /** The approver takes the approval back, with the reason, so the unit can correct the form. */
    public void unapprove(String who, Instant at, String why) {
        expect(ReportState.APPROVED, "un-approved");
        decide(ReportState.RETURNED, who, at, why);
    }

    private void expect(ReportState required, String verb) {
        if (state != required) {
            throw ProblemException.conflict("The form for " + period + " is " + state.name().toLowerCase()
                    + "; only a " + required.name().toLowerCase() + " form can be " + verb + ".");
        }
    }

    private void decide(ReportState next, String who, Instant at, String why) {
        state = next;
        decidedBy = who;
        decidedAt = at;
        comment = why;
    }

    public long dataSetId() {
        return dataSetId;
    }

    public String period() {
        return period;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public ReportState state() {
        return state;
    }

    public String comment() {
        return comment;
    }

    public Instant firstSubmittedAt() {
        return firstSubmittedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }
}
