package vn.sohoa.server.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import vn.sohoa.admin.members.service.IdentityDirectory;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.categories.domain.SupportCategory;
import vn.sohoa.platform.categories.service.SupportCategoryService;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.support.domain.AgeBand;
import vn.sohoa.platform.support.domain.Channel;
import vn.sohoa.platform.support.domain.Gender;
import vn.sohoa.platform.support.domain.Outcome;
import vn.sohoa.platform.support.domain.SupportFacts;
import vn.sohoa.platform.support.service.IdempotentLogging;
import vn.sohoa.platform.teams.domain.TeamMember;
import vn.sohoa.platform.teams.domain.TeamRole;
import vn.sohoa.platform.teams.service.MemberDraft;
import vn.sohoa.platform.teams.service.TeamMemberService;
import vn.sohoa.platform.teams.service.TeamService;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.service.TenantWork;
import vn.sohoa.platform.units.domain.Unit;
import vn.sohoa.platform.units.service.UnitService;

/**
 * Community teams and their support records in a few communes, so the team page and its trend show
 * something. Every sub-unit but the last gets a team of a leader and two members (the last stays
 * uncovered, to be flagged); each team logged a few acts of support a week over the last eight weeks.
 * Drawn from a generator seeded by the commune code, so every load gives the same data; a commune that
 * already has teams is left alone.
 */
@ApplicationScoped
class DemoTeams {

    /** Phường III, where dung.pham is a team member, then Phường I and Xã Vị Tân. */
    static final List<String> COMMUNES = List.of("31321", "31318", "31333");
    /** The demo person who is in Phường III's first team, and logs that team's support. */
    static final String TEAM_MEMBER = "dung.pham";
    /** The demo loader, logging for every demo team member with the province's authority. */
    private static final Caller LOADER = new Caller("sohoa-demo", "demo", true);
    private static final int WEEKS = 8;
    private static final List<String> NAMES = List.of("Nguyễn Thị Hoa", "Trần Văn Phúc", "Lê Thị Mai",
            "Phạm Minh Tuấn", "Võ Thị Lan", "Huỳnh Văn Tài", "Đặng Thị Thu", "Bùi Quốc Khánh", "Ngô Thị Hằng",
            "Dương Văn Lộc", "Lý Thị Ngọc", "Hồ Văn Bình");

    @Inject
    TenantWork work;

    @Inject
    UnitService units;

    @Inject
    TeamService teams;

    @Inject
    TeamMemberService members;

    @Inject
    SupportCategoryService categories;

    @Inject
    IdempotentLogging logging;

    @Inject
    IdentityDirectory people;

    @Inject
    Clock clock;

    /** Loads the teams of every demo commune that has none yet; returns how many records were logged. */
    int load() {
        Caller member = people.findByUsername(TEAM_MEMBER).map(p -> new Caller(p.subject(), p.username(), false))
                .orElse(null);
        return COMMUNES.stream().mapToInt(code -> work.inTenant(code, () -> loadCommune(code, member))).sum();
    }

    private int loadCommune(String code, Caller member) {
        if (teams.list(new PageRequest(0, 1), null).total() > 0) {
            return 0;
        }
        Random random = new Random(code.hashCode());
        List<Unit> places = units.list(new PageRequest(0, 100), null).items();
        List<SupportCategory> kinds = categories.list().stream().filter(SupportCategory::active).toList();
        int logged = 0;
        for (int i = 0; i < places.size() - 1; i++) {
            Unit place = places.get(i);
            long team = teams.create("Tổ công nghệ số " + place.name(), place.code()).team().id();
            boolean withAccount = member != null && code.equals(COMMUNES.getFirst()) && i == 0;
            TeamMember leader = add(team, random, TeamRole.LEADER, null);
            TeamMember second = add(team, random, TeamRole.MEMBER, withAccount ? member.username() : null);
            add(team, random, TeamRole.MEMBER, null);
            logged += log(random, place, kinds, leader, LOADER);
            logged += log(random, place, kinds, second, withAccount ? member : LOADER);
        }
        return logged;
    }

    private TeamMember add(long team, Random random, TeamRole role, String username) {
        String name = username != null ? "Phạm Văn Dũng" : NAMES.get(random.nextInt(NAMES.size()));
        String phone = "09" + (10_000_000 + random.nextInt(89_999_999));
        LocalDate start = VietnamCalendar.today(clock).minusWeeks(WEEKS + 4L);
        return members.add(team, new MemberDraft(name, role, phone, username, start, null));
    }

    /** One to three acts of support a week by this member over the last weeks, none in the future. */
    private int log(Random random, Unit place, List<SupportCategory> kinds, TeamMember by, Caller author) {
        LocalDate monday = VietnamCalendar.mondayOf(VietnamCalendar.today(clock));
        Instant now = clock.instant();
        int logged = 0;
        for (int week = 0; week < WEEKS; week++) {
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                Instant at = monday.minusWeeks(week).plusDays(random.nextInt(7))
                        .atTime(7 + random.nextInt(11), random.nextInt(60)).atZone(VietnamCalendar.ZONE).toInstant();
                if (at.isBefore(now)) {
                    logging.log(null, facts(random, at, place, kinds, by), author);
                    logged++;
                }
            }
        }
        return logged;
    }

    /** Mostly one person at home, now and then a community event with a group. */
    private static SupportFacts facts(Random random, Instant at, Unit place, List<SupportCategory> kinds,
                                      TeamMember by) {
        boolean group = random.nextInt(6) == 0;
        int people = group ? 5 + random.nextInt(25) : 1;
        // The first categories of the catalogue (VNeID, public services) are the most asked for.
        String category = kinds.get(Math.min(random.nextInt(kinds.size()), random.nextInt(kinds.size()))).code();
        return new SupportFacts(at, place.code(), by.teamId(), by.id(), category,
                group ? Channel.COMMUNITY_EVENT : Channel.values()[random.nextInt(3)], people,
                group ? null : AgeBand.values()[random.nextInt(AgeBand.values().length)],
                group ? null : Gender.values()[random.nextInt(2)], 10 + random.nextInt(50),
                random.nextInt(8) == 0 ? Outcome.PARTIAL : Outcome.DONE, null);
    }
}
