package vn.sohoa.platform.teams.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.paging.Page;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.problem.OptimisticVersion;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.problem.ProblemType;
import vn.sohoa.platform.teams.domain.Team;
import vn.sohoa.platform.units.domain.Unit;
import vn.sohoa.platform.units.domain.UnitType;
import vn.sohoa.platform.units.service.UnitService;

/** The community teams of the current tenant. Every method works inside the tenant entered for the request. */
@ApplicationScoped
public class TeamService {

    private static final String CURRENT_MEMBERS = "(select count(m) from TeamMember m where m.teamId = t.id "
            + "and m.startDate <= :today and (m.endDate is null or m.endDate > :today))";

    @Inject
    EntityManager em;

    @Inject
    UnitService units;

    @Inject
    Clock clock;

    @Inject
    Event<TeamsChanged> changed;

    /** A page of the tenant's teams by name, only those of one sub-unit when {@code unitCode} is given. */
    @Transactional
    public Page<TeamStanding> list(PageRequest request, String unitCode) {
        String where = unitCode == null ? "" : " where t.unitCode = :unit";
        var count = em.createQuery("select count(t) from Team t" + where, Long.class);
        var items = em.createQuery("select t, " + CURRENT_MEMBERS + " from Team t" + where + " order by t.name, t.id",
                Object[].class).setParameter("today", VietnamCalendar.today(clock));
        if (unitCode != null) {
            count.setParameter("unit", unitCode);
            items.setParameter("unit", unitCode);
        }
        List<TeamStanding> teams = request.limit(items)
                .getResultStream().map(row -> new TeamStanding((Team) row[0], (Long) row[1])).toList();
        return request.of(teams, count.getSingleResult());
    }

    /** The team with this id and how many people are in it today, or empty. */
    @Transactional
    public Optional<TeamStanding> find(long id) {
        return em.createQuery("select t, " + CURRENT_MEMBERS + " from Team t where t.id = :id", Object[].class)
                .setParameter("today", VietnamCalendar.today(clock)).setParameter("id", id)
                .getResultStream().map(row -> new TeamStanding((Team) row[0], (Long) row[1])).findFirst();
    }

    /** Sets up a team in a sub-unit; 400 naming {@code unitCode} when the tenant has no such sub-unit. */
    @Transactional
    public TeamStanding create(String name, String unitCode) {
        checkUnit(unitCode);
        Team team = new Team(name, unitCode);
        em.persist(team);
        em.flush();
        return new TeamStanding(team, 0);
    }

    /** Renames a team or moves it to another sub-unit; 409 when {@code expectedVersion} is stale. */
    @Transactional
    public TeamStanding update(long id, String name, String unitCode, long expectedVersion) {
        TeamStanding standing = existing(id);
        OptimisticVersion.check("Team " + id, standing.team().version(), expectedVersion);
        checkUnit(unitCode);
        standing.team().describe(name, unitCode);
        em.flush();
        changed.fire(new TeamsChanged(id));
        return standing;
    }

    /** Removes a team set up by mistake; 409 once it has members or support records, which keep it. */
    @Transactional
    public void delete(long id) {
        em.remove(existing(id).team());
        try {
            em.flush();
        } catch (ConstraintViolationException e) {
            // Only a reference refuses a deletion; any other failure (an unreachable database) means what it says.
            throw new ProblemException(ProblemType.STILL_REFERENCED, "Team " + id
                    + " has members or support records and cannot be deleted; end its members' time in the team instead.");
        }
        changed.fire(new TeamsChanged(id));
    }

    /** The tenant's hamlets and residential groups in which no team has anyone today, by code. */
    @Transactional
    public List<Unit> unitsWithoutActiveTeam() {
        return em.createQuery("from Unit u where u.type in :types and not exists (select 1 from Team t "
                        + "where t.unitCode = u.code and " + CURRENT_MEMBERS + " > 0) order by u.code", Unit.class)
                .setParameter("types", List.of(UnitType.HAMLET, UnitType.RESIDENTIAL_GROUP))
                .setParameter("today", VietnamCalendar.today(clock)).getResultList();
    }

    TeamStanding existing(long id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("There is no team " + id + " here."));
    }

    private void checkUnit(String unitCode) {
        if (units.find(unitCode).isEmpty()) {
            throw ProblemException.invalid("unitCode", "names no sub-unit of this tenant");
        }
    }
}
