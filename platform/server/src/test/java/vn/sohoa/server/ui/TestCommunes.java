package vn.sohoa.server.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import vn.sohoa.admin.members.service.IdentityDirectory;
import vn.sohoa.admin.members.service.MembershipService;
import vn.sohoa.admin.members.service.Person;
import vn.sohoa.admin.tenants.service.TenantDraft;
import vn.sohoa.admin.tenants.service.TenantService;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.support.domain.Channel;
import vn.sohoa.platform.support.domain.Outcome;
import vn.sohoa.platform.support.domain.SupportFacts;
import vn.sohoa.platform.support.domain.SupportLog;
import vn.sohoa.platform.support.service.SupportLogQuery;
import vn.sohoa.platform.support.service.SupportLogService;
import vn.sohoa.platform.teams.domain.TeamMember;
import vn.sohoa.platform.teams.domain.TeamRole;
import vn.sohoa.platform.teams.service.MemberDraft;
import vn.sohoa.platform.teams.service.TeamMemberService;
import vn.sohoa.platform.teams.service.TeamService;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.tenancy.service.TenantWork;
import vn.sohoa.platform.units.domain.UnitType;
import vn.sohoa.platform.units.service.UnitDraft;
import vn.sohoa.platform.units.service.UnitService;

/**
 * Fresh communes for the UI tests, made through the services, each with a random code no other test
 * uses; for the support and team tests with two hamlets, "Ấp Một" (AP1) without a team and "Ấp Hai"
 * (AP2) with one.
 */
@ApplicationScoped
class TestCommunes {

    static final String TEAM = "Tổ CNS Ấp Hai";
    static final String PHONE = "0912000111";

    @Inject
    TenantService tenants;

    @Inject
    TenantWork work;

    @Inject
    MembershipService memberships;

    @Inject
    IdentityDirectory people;

    @Inject
    UnitService units;

    @Inject
    TeamService teams;

    @Inject
    TeamMemberService members;

    @Inject
    SupportLogService logs;

    @Inject
    Clock clock;

    /** A fresh commune with a random code, where {@code username} holds {@code role}. */
    String with(String username, Role role) {
        return under(null, username, role);
    }

    /** Like {@link #with} but under the tenant {@code parent}. */
    private String under(String parent, String username, Role role) {
        String code = "UI" + UUID.randomUUID().toString().substring(0, 8);
        tenants.provision(new TenantDraft(code, name(code), TenantKind.COMMUNE, parent));
        work.inTenant(code, () -> memberships.add(people.findByUsername(username).orElseThrow(), role));
        return code;
    }

    /** The name of the commune with this code: "Xã Thử " and the code. */
    static String name(String code) {
        return "Xã Thử " + code;
    }

    /** A fresh commune whose team in Ấp Hai has {@code username} as a member with this role. */
    String withTeam(String username, Role role, TeamRole teamRole) {
        return withTeamUnder(null, username, role, teamRole);
    }

    /**
     * Like {@link #withTeam} but under the tenant {@code parent}. The team's member has the phone number
     * {@value #PHONE}.
     */
    String withTeamUnder(String parent, String username, Role role, TeamRole teamRole) {
        String code = under(parent, username, role);
        work.inTenant(code, () -> {
            units.create(new UnitDraft("AP1", "Ấp Một", UnitType.HAMLET, 300, 1100));
            units.create(new UnitDraft("AP2", "Ấp Hai", UnitType.HAMLET, 420, 1630));
            long team = teams.create(TEAM, "AP2").team().id();
            return members.add(team, new MemberDraft("Phạm Văn Dũng", teamRole, PHONE, username,
                    VietnamCalendar.today(clock).minusMonths(2), null));
        });
        return code;
    }

    /** Another team, in Ấp Một, with one volunteer who has no account. */
    void addTeamInApMot(String commune, String name) {
        work.inTenant(commune, () -> members.add(teams.create(name, "AP1").team().id(),
                new MemberDraft("Lê Thị Hoa", TeamRole.MEMBER, null, null, VietnamCalendar.today(clock).minusMonths(1), null)));
    }

    /** The commune's team member with this account. */
    TeamMember memberOf(String commune, String username) {
        return work.inTenant(commune, () -> members.currentOf(people.findByUsername(username).orElseThrow()
                .subject())).orElseThrow();
    }

    /** One person helped by {@code username}'s team in Ấp Hai an hour ago, logged by them. */
    SupportLog logAs(String commune, String username, String categoryCode) {
        return log(commune, username, null, memberOf(commune, username).id(), categoryCode);
    }

    /** A record the user logged an hour ago for their team as a whole, naming no member. */
    SupportLog logForTeamAs(String commune, String username, String categoryCode) {
        return log(commune, username, memberOf(commune, username).teamId(), null, categoryCode);
    }

    private SupportLog log(String commune, String username, Long teamId, Long memberId, String categoryCode) {
        Person person = people.findByUsername(username).orElseThrow();
        SupportFacts facts = new SupportFacts(clock.instant().minusSeconds(3600), "AP2", teamId, memberId, categoryCode,
                Channel.HOME_VISIT, 1, null, null, null, Outcome.DONE, null);
        return work.inTenant(commune, () -> logs.log(facts, new Caller(person.subject(), person.username(), false)));
    }

    /** The live support records of the commune, newest first. */
    List<SupportLog> records(String commune) {
        return work.inTenant(commune, () -> logs.list(SupportLogQuery.all(),
                new PageRequest(0, 100)).items());
    }
}
