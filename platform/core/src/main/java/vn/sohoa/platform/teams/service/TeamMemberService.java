package vn.sohoa.platform.teams.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.problem.OptimisticVersion;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.teams.domain.TeamMember;
import vn.sohoa.platform.tenancy.domain.Membership;

/** The people of the current tenant's teams, past and present. */
@ApplicationScoped
public class TeamMemberService {

    @Inject
    Event<TeamsChanged> changed;

    @Inject
    EntityManager em;

    @Inject
    TeamService teams;

    @Inject
    Clock clock;

    /** Everyone who is or was in the team, by start date; 404 for an unknown team. */
    @Transactional
    public List<TeamMember> list(long teamId) {
        teams.existing(teamId);
        return em.createQuery("from TeamMember m where m.teamId = :team order by m.startDate, m.id", TeamMember.class)
                .setParameter("team", teamId).getResultList();
    }

    /** The team member with this id, in any team of the tenant, or empty. */
    @Transactional
    public Optional<TeamMember> find(long memberId) {
        return em.createQuery("from TeamMember m where m.id = :id", TeamMember.class)
                .setParameter("id", memberId).getResultStream().findFirst();
    }

    /** The current team membership of the person with this platform account, the latest started, or empty. */
    @Transactional
    public Optional<TeamMember> currentOf(String userSubject) {
        return em.createQuery("from TeamMember m where m.userSubject = :subject and m.startDate <= :today "
                        + "and (m.endDate is null or m.endDate > :today) order by m.startDate desc, m.id desc",
                        TeamMember.class)
                .setParameter("subject", userSubject).setParameter("today", VietnamCalendar.today(clock))
                .setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * Adds a person to a team.
     *
     * @throws ProblemException 404 for an unknown team; 400 when {@code username} is no member of the tenant
     *                          or the end date comes before the start date
     */
    @Transactional
    public TeamMember add(long teamId, MemberDraft draft) {
        teams.existing(teamId);
        TeamMember member = new TeamMember(teamId);
        describe(member, draft);
        em.persist(member);
        em.flush();
        changed.fire(new TeamsChanged(teamId));
        return member;
    }

    /**
     * Changes what is known about a team member; setting {@code endDate} ends their time in the team.
     * 404 when the member is not in this team, 409 when {@code expectedVersion} is stale.
     */
    @Transactional
    public TeamMember change(long teamId, long memberId, MemberDraft draft, long expectedVersion) {
        TeamMember member = find(memberId).filter(m -> m.teamId() == teamId).orElseThrow(() ->
                ProblemException.notFound("Team " + teamId + " has no member " + memberId + "."));
        OptimisticVersion.check("Team member " + memberId, member.version(), expectedVersion);
        describe(member, draft);
        em.flush();
        changed.fire(new TeamsChanged(teamId));
        return member;
    }

    private void describe(TeamMember member, MemberDraft draft) {
        var start = draft.startDate() != null ? draft.startDate() : VietnamCalendar.today(clock);
        if (draft.endDate() != null && draft.endDate().isBefore(start)) {
            throw ProblemException.invalid("endDate", "must not come before startDate " + start);
        }
        member.describe(draft.fullName(), draft.role(), draft.phone(), start, draft.endDate());
        if (draft.username() == null) {
            member.linkAccount(null, null);
            return;
        }
        // A linked account must already hold a membership here: that is what lets the person sign in and
        // log support in this tenant, and it gives the identity provider's subject without another call.
        Membership account = em.createQuery("from Membership m where lower(m.username) = lower(:username)",
                        Membership.class)
                .setParameter("username", draft.username()).getResultStream().findFirst()
                .orElseThrow(() -> ProblemException.invalid("username", "is not a member of this tenant; "
                        + "add the account to the tenant's members first"));
        member.linkAccount(account.userSubject(), account.username());
    }
}
