package vn.sohoa.ui.supportlog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.categories.domain.SupportCategory;
import vn.sohoa.platform.categories.service.SupportCategoryService;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.support.domain.SupportFacts;
import vn.sohoa.platform.support.domain.SupportLog;
import vn.sohoa.platform.support.service.SupportLogQuery;
import vn.sohoa.platform.support.service.SupportLogService;
import vn.sohoa.platform.teams.domain.TeamMember;
import vn.sohoa.platform.teams.service.TeamMemberService;
import vn.sohoa.platform.teams.service.TeamService;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.units.domain.Unit;
import vn.sohoa.platform.units.service.UnitService;

/** What the support forms offer and start with, read in the tenant the caller has entered. */
@ApplicationScoped
class EntrySources {

    /** More sub-units than any commune has; the form offers them all in one list. */
    private static final int ALL_PLACES = 500;

    @Inject
    UnitService units;

    @Inject
    SupportCategoryService categories;

    @Inject
    TeamService teams;

    @Inject
    TeamMemberService members;

    @Inject
    SupportLogService logs;

    @Inject
    Clock clock;

    /** The minute it is now in Vietnam, which a new entry starts with. */
    LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(VietnamCalendar.ZONE)).withSecond(0).withNano(0);
    }

    /** Midnight at the start of this week's Monday in Vietnam. */
    Instant startOfThisWeek() {
        return VietnamCalendar.startOfThisWeek(clock);
    }

    /** The sub-units support can be logged in, by code. */
    List<Unit> places() {
        return units.list(new PageRequest(0, ALL_PLACES), null).items();
    }

    /** Every category the tenant sees, retired ones included, to name those of stored records. */
    List<SupportCategory> categories() {
        return categories.list();
    }

    /** The categories a new record may name: the catalogue's and the tenant's own, not retired. */
    List<SupportCategory> activeCategories() {
        return categories.list().stream().filter(SupportCategory::active).toList();
    }

    /** The categories a correction may name: the active ones and the record's own, even if retired since. */
    List<SupportCategory> categoriesFor(SupportFacts facts) {
        return categories.list().stream()
                .filter(category -> category.active() || category.code().equals(facts.categoryCode())).toList();
    }

    /**
     * What a new entry of this person starts with: the hamlet of their current team (else the one they
     * logged last), the category they logged last, and their team membership. Derived from stored
     * records rather than kept in the session, so it follows the member to a new phone.
     */
    EntryDefaults defaults(Caller caller) {
        Optional<TeamMember> member = members.currentOf(caller.subject());
        Optional<SupportFacts> last = logs.list(mine(caller), new PageRequest(0, 1)).items().stream().findFirst()
                .map(SupportLog::facts);
        String teamUnit = member.flatMap(m -> teams.find(m.teamId())).map(team -> team.team().unitCode())
                .orElse(null);
        return new EntryDefaults(teamUnit != null ? teamUnit : last.map(SupportFacts::unitCode).orElse(null),
                last.map(SupportFacts::categoryCode).orElse(null), member.map(TeamMember::id).orElse(null));
    }

    /** The records this person logged. */
    static SupportLogQuery mine(Caller caller) {
        return new SupportLogQuery(null, null, null, null, null, null, caller.subject());
    }
}
