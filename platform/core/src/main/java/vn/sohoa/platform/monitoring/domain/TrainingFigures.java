package vn.sohoa.platform.monitoring.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Training over a subtree: the team members and the officials (teachers included) with courses assigned to them
 * and those who completed every one, counted once per tenant in which courses are assigned to them; assigned
 * enrolments, completed and overdue ones now; certificates issued in the period and the previous one.
 */
public record TrainingFigures(long membersAssigned, long membersDone, long officialsAssigned, long officialsDone,
                              long assigned, long assignedCompleted, long overdue, long certificates,
                              long previousCertificates) {

    /** Team members and officials with an assignment. */
    @JsonProperty
    public long peopleAssigned() {
        return membersAssigned + officialsAssigned;
    }

    /** Those of them who completed every course assigned to them. */
    @JsonProperty
    public long peopleDone() {
        return membersDone + officialsDone;
    }

    /** The people who completed over those with an assignment, in percent; null without any. */
    @JsonProperty
    public Double rate() {
        return ChildFigure.share(peopleDone(), peopleAssigned()).value();
    }

    @JsonProperty
    public Double membersRate() {
        return ChildFigure.share(membersDone, membersAssigned).value();
    }

    @JsonProperty
    public Double officialsRate() {
        return ChildFigure.share(officialsDone, officialsAssigned).value();
    }
}
