package vn.sohoa.platform.support.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.problem.Problem.FieldError;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.support.domain.PersonalNumbers;
import vn.sohoa.platform.support.domain.SupportAccess;
import vn.sohoa.platform.support.domain.SupportFacts;
import vn.sohoa.platform.teams.domain.TeamMember;
import vn.sohoa.platform.teams.service.TeamMemberService;
import vn.sohoa.platform.teams.service.TeamService;
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
    EntityManager em;

    @Inject
    TeamService teams;

    @Inject
    TeamMemberService members;

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
        Object[] named = named(facts);
        if (!(Boolean) named[0]) {
            errors.add(new FieldError("unitCode", "names no sub-unit of this tenant"));
        }
        boolean kept = facts.categoryCode().equals(keptCategory);
        if (named[1] == null || !((Boolean) named[1] || kept)) {
            errors.add(new FieldError("categoryCode", "names no active support category of this tenant"));
        }
        PersonalNumbers.findIn(facts.note()).ifPresent(why -> errors.add(new FieldError("note", why)));
        SupportFacts withTeam = checkTeam(facts, author, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return withTeam;
    }

    /**
     * Whether the tenant has the sub-unit the record names, and whether the category it names (the
     * catalogue's or the tenant's own) is active, null when there is none: one round trip on the path
     * of every record logged. Plain SQL because Hibernate translates a query anew at each execution
     * while the tenant filter is on; the tenant predicates repeat what row-level security enforces.
     */
    private Object[] named(SupportFacts facts) {
        return (Object[]) em.createNativeQuery("""
                        select exists (select 1 from unit where tenant_id = :tenant and code = :unit),
                               (select active from support_category where code = :category
                                   and (tenant_id is null or tenant_id = :tenant) limit 1)""")
                .setParameter("tenant", gate.here().code())
                .setParameter("unit", facts.unitCode()).setParameter("category", facts.categoryCode())
                .getSingleResult();
    }

    private SupportFacts checkTeam(SupportFacts facts, Caller author, List<FieldError> errors) {
        if (facts.teamId() != null && teams.find(facts.teamId()).isEmpty()) {
            errors.add(new FieldError("teamId", "names no team of this tenant"));
        }
        if (facts.memberId() == null) {
            return facts;
        }
        TeamMember member = members.find(facts.memberId()).orElse(null);
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
        if (!author.subject().equals(member.userSubject()) && !supervises(author)) {
            errors.add(new FieldError("memberId", "is another member; only a team leader or tenant administrator "
                    + "logs help on someone else's behalf"));
        }
        return facts.withTeam(member.teamId());
    }

    private boolean supervises(Caller author) {
        return gate.permitsHere(author, SupportAccess.SUPERVISE);
    }
}
