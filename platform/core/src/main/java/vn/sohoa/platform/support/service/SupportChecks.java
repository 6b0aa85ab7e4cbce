package vn.sohoa.platform.support.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.problem.Problem.FieldError;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.support.domain.PersonalNumbers;
import vn.sohoa.platform.support.domain.SupportAccess;
import vn.sohoa.platform.support.domain.SupportFacts;
import vn.sohoa.platform.teams.domain.TeamMember;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * The rules a support record must meet beyond the shape of its fields: its time, the tenant's sub-units,
 * teams, members and categories it names (a member who was in the team that day, and only oneself unless
 * the author leads), and no citizen's personal numbers in its note. Runs inside the writing
 * transaction, so what it checks is what is written.
 */
@ApplicationScoped
class SupportChecks {

    @Inject
    SupportLogConfig config;

    @Inject
    SupportLookups lookups;

    @Inject
    TenantGate gate;

    /**
     * The facts as they will be stored (with the member's team filled in), or a 400 listing every field
     * that breaks a rule.
     *
     * @param keptCategory the category of the record being corrected, which stays acceptable after it was
     *                     retired (retiring a category must not make its old records uncorrectable); null
     *                     for a new record
     * @param author       who writes the record: naming a team member other than themselves is for a team
     *                     leader or tenant administrator, who log on behalf of volunteers
     */
    SupportFacts checked(SupportFacts facts, Instant now, String keptCategory, Caller author) {
        return checked(facts, now, keptCategory, author, lookups.ofRecord(facts), () -> supervises(author));
    }

    /**
     * The same checks for a new record that {@link SupportLogInsert} will write only if its sub-unit and
     * category hold: those two are taken as given here, and looked up only when another rule already fails,
     * so that the 400 still lists every field.
     */
    SupportFacts checkedForInsert(SupportFacts facts, Instant now, Caller author) {
        try {
            return checked(facts, now, null, author, lookups.assumingNamesHold(), () -> supervises(author));
        } catch (ProblemException invalid) {
            return checked(facts, now, null, author);
        }
    }

    /**
     * Why the insert of a new record that {@link #checkedForInsert} passed wrote nothing: the 400 naming its
     * sub-unit or category; or, when both hold by now (one was added between the two statements), a 409 to
     * send it again.
     */
    ProblemException refusal(SupportFacts facts, Instant now, Caller author) {
        try {
            checked(facts, now, null, author);
        } catch (ProblemException invalid) {
            return invalid;
        }
        return ProblemException.conflict("The sub-unit or category of the record changed while it was written; "
                + "send it again.");
    }

    /**
     * The same checks for the new records of one file by one author, with the tenant's names loaded once
     * and the author's standing decided once, however many lines the file has.
     */
    UnaryOperator<SupportFacts> forImport(Instant now, Caller author) {
        SupportNames names = lookups.ofTenant();
        boolean supervises = supervises(author);
        return facts -> checked(facts, now, null, author, names, () -> supervises);
    }

    private SupportFacts checked(SupportFacts facts, Instant now, String keptCategory, Caller author,
                                 SupportNames names, BooleanSupplier supervises) {
        List<FieldError> errors = new ArrayList<>();
        if (facts.occurredAt().isAfter(now.plus(config.clockSkew()))) {
            errors.add(new FieldError("occurredAt", "must not be in the future"));
        } else if (facts.occurredAt().isBefore(now.minus(config.maxAge()))) {
            errors.add(new FieldError("occurredAt", "must be within the last " + config.maxAge().toDays() + " days"));
        }
        if (facts.peopleCount() != 1 && (facts.ageBand() != null || facts.gender() != null)) {
            errors.add(new FieldError("peopleCount", "must be 1 when an age band or gender is given; "
                    + "a group session records only its count"));
        }
        if (!names.hasUnit(facts.unitCode())) {
            errors.add(new FieldError("unitCode", "names no sub-unit of this tenant"));
        }
        Boolean active = names.categoryActive(facts.categoryCode());
        boolean kept = facts.categoryCode().equals(keptCategory);
        if (active == null || !(active || kept)) {
            errors.add(new FieldError("categoryCode", "names no active support category of this tenant"));
        }
        PersonalNumbers.findIn(facts.note()).ifPresent(why -> errors.add(new FieldError("note", why)));
        SupportFacts withTeam = checkTeam(facts, author, names, supervises, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return withTeam;
    }

    private SupportFacts checkTeam(SupportFacts facts, Caller author, SupportNames names, BooleanSupplier supervises,
                                   List<FieldError> errors) {
        if (facts.teamId() != null && !names.hasTeam(facts.teamId())) {
            errors.add(new FieldError("teamId", "names no team of this tenant"));
        }
        if (facts.memberId() == null) {
            return facts;
        }
        TeamMember member = names.member(facts.memberId()).orElse(null);
        if (member == null) {
            errors.add(new FieldError("memberId", "names no team member of this tenant"));
            return facts;
        }
        LocalDate day = VietnamCalendar.dayOf(facts.occurredAt());
        if (facts.teamId() != null && facts.teamId() != member.teamId()) {
            errors.add(new FieldError("memberId", "is not in team " + facts.teamId()));
        } else if (!member.isCurrentOn(day)) {
            errors.add(new FieldError("memberId", "was not in the team on " + day));
        }
        if (!author.subject().equals(member.userSubject()) && !supervises.getAsBoolean()) {
            errors.add(new FieldError("memberId", "is another member; only a team leader or tenant administrator "
                    + "logs help on someone else's behalf"));
        }
        return facts.withTeam(member.teamId());
    }

    private boolean supervises(Caller author) {
        return gate.permitsHere(author, SupportAccess.SUPERVISE);
    }
}
