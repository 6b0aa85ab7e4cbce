package vn.sohoa.platform.support.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.sohoa.platform.categories.service.SupportCategoryService;
import vn.sohoa.platform.problem.Problem.FieldError;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.problem.ProblemType;
import vn.sohoa.platform.support.domain.PersonalNumbers;
import vn.sohoa.platform.support.domain.SupportFacts;
import vn.sohoa.platform.teams.domain.TeamMember;
import vn.sohoa.platform.teams.service.TeamMemberService;
import vn.sohoa.platform.teams.service.TeamService;
import vn.sohoa.platform.units.service.UnitService;

/**
 * The rules a support record must meet beyond the shape of its fields: its time, the tenant's sub-units,
 * teams and categories it names, and no citizen's personal numbers in its note. Runs inside the writing
 * transaction, so what it checks is what is written.
 */
@ApplicationScoped
class SupportChecks {

    @Inject
    SupportLogConfig config;

    @Inject
    UnitService units;

    @Inject
    SupportCategoryService categories;

    @Inject
    TeamService teams;

    @Inject
    TeamMemberService members;

    /**
     * The facts as they will be stored (with the member's team filled in), or a 400 listing every field
     * that breaks a rule.
     *
     * @param keptCategory the category of the record being corrected, which stays acceptable after it was
     *                     retired (retiring a category must not make its old records uncorrectable); null
     *                     for a new record
     */
    SupportFacts checked(SupportFacts facts, Instant now, String keptCategory) {
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
        if (units.find(facts.unitCode()).isEmpty()) {
            errors.add(new FieldError("unitCode", "names no sub-unit of this tenant"));
        }
        boolean kept = facts.categoryCode().equals(keptCategory);
        if (categories.find(facts.categoryCode()).filter(category -> category.active() || kept).isEmpty()) {
            errors.add(new FieldError("categoryCode", "names no active support category of this tenant"));
        }
        PersonalNumbers.findIn(facts.note()).ifPresent(why -> errors.add(new FieldError("note", why)));
        SupportFacts withTeam = checkTeam(facts, errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.stream()
                    .map(error -> error.field() + " " + error.message()).collect(Collectors.joining("; ")), errors);
        }
        return withTeam;
    }

    private SupportFacts checkTeam(SupportFacts facts, List<FieldError> errors) {
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
        if (facts.teamId() != null && facts.teamId() != member.teamId()) {
            errors.add(new FieldError("memberId", "is not in team " + facts.teamId()));
        }
        return facts.withTeam(member.teamId());
    }
}
