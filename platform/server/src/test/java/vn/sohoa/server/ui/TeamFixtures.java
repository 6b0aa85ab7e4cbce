package vn.sohoa.server.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import vn.sohoa.admin.members.service.IdentityDirectory;
import vn.sohoa.admin.members.service.MembershipService;
import vn.sohoa.admin.tenants.service.TenantDraft;
import vn.sohoa.admin.tenants.service.TenantService;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.support.domain.SupportLog;
import vn.sohoa.platform.support.service.SupportLogQuery;
import vn.sohoa.platform.support.service.SupportLogService;
import vn.sohoa.platform.teams.domain.TeamMember;
import vn.sohoa.platform.teams.domain.TeamRole;
import vn.sohoa.platform.teams.service.MemberDraft;
import vn.sohoa.platform.teams.service.TeamMemberService;
import vn.sohoa.platform.teams.service.TeamService;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.tenancy.service.TenantWork;
import vn.sohoa.platform.units.domain.UnitType;
import vn.sohoa.platform.units.service.UnitDraft;
import vn.sohoa.platform.units.service.UnitService;

/**
 * Fresh communes for the support and team UI tests, made through the services: two hamlets, "Ấp Một"
 * (AP1) without a team and "Ấp Hai" (AP2) with one, and the support records they hold.
 */
@ApplicationScoped
class TeamFixtures {

    static final String TEAM = "Tổ CNS Ấp Hai";

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

    /** A fresh commune with a random code, where {@code username} holds {@code role}. */
    String communeWith(String username, Role role) {
        String code = "UI" + UUID.randomUUID().toString().substring(0, 8);
        tenants.provision(new TenantDraft(code, "Xã Thử " + code, TenantKind.COMMUNE, null));
        work.inTenant(code, () -> memberships.add(people.findByUsername(username).orElseThrow(), role));
        return code;
    }

    /** A fresh commune whose team in Ấp Hai has {@code username} as a member with this role. */
    String communeWithTeam(String username, Role role, TeamRole teamRole) {
        String code = communeWith(username, role);
        work.inTenant(code, () -> {
            units.create(new UnitDraft("AP1", "Ấp Một", UnitType.HAMLET, 300, 1100));
            units.create(new UnitDraft("AP2", "Ấp Hai", UnitType.HAMLET, 420, 1630));
            long team = teams.create(TEAM, "AP2").team().id();
            return members.add(team, new MemberDraft("Phạm Văn Dũng", teamRole, "0912000111", username,
                    LocalDate.now().minusMonths(2), null));
        });
        return code;
    }

    /** The commune's team member with this account. */
    TeamMember memberOf(String commune, String username) {
        return work.inTenant(commune, () -> members.currentOf(people.findByUsername(username).orElseThrow()
                .subject())).orElseThrow();
    }

    /** The live support records of the commune, newest first. */
    java.util.List<SupportLog> records(String commune) {
        return work.inTenant(commune, () -> logs.list(new SupportLogQuery(null, null, null, null, null, null, null),
                new PageRequest(0, 100)).items());
    }
}
