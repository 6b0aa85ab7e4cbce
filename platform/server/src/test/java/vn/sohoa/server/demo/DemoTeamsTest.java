package vn.sohoa.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.admin.members.service.IdentityDirectory;
import vn.sohoa.admin.members.service.MembershipService;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.support.service.SupportLogQuery;
import vn.sohoa.platform.support.service.SupportLogService;
import vn.sohoa.platform.teams.service.TeamMemberService;
import vn.sohoa.platform.teams.service.TeamService;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.platform.tenancy.service.TenantWork;
import vn.sohoa.platform.units.service.UnitService;
import vn.sohoa.server.support.TestClock;

/** The demo teams, loaded into the demo communes as `./sohoa run` does after the province, on a fixed day. */
@QuarkusTest
class DemoTeamsTest {

    @Inject
    TestClock clock;

    /** Mid-morning on 15/11/2026 in Vietnam: the weeks of records end on a known Sunday. */
    @BeforeEach
    void on_a_fixed_day() {
        clock.startAt(OffsetDateTime.parse("2026-11-15T10:00:00+07:00").toInstant());
    }

    @AfterEach
    void back_to_the_systems_time() {
        clock.reset();
    }

    @Inject
    DemoTeams demo;

    @Inject
    DemoProvince demoProvince;

    @Inject
    TenantWork work;

    @Inject
    UnitService units;

    @Inject
    MembershipService memberships;

    @Inject
    IdentityDirectory people;

    @Inject
    TeamService teams;

    @Inject
    TeamMemberService members;

    @Inject
    SupportLogService logs;

    @Test
    void demo_communes_get_teams_with_a_few_hundred_records_only_once() {
        demoProvince.provision();
        DemoTeams.COMMUNES.forEach(this::withTheTeamMember);

        int logged = demo.load();

        assertThat(logged).isBetween(200, 1000);
        String first = DemoTeams.COMMUNES.getFirst();
        String lastArea = work.inTenant(first, () -> units.list(new PageRequest(0, 100), null).items().getLast().code());
        assertThat(work.inTenant(first, () -> teams.unitsWithoutActiveTeam())).singleElement()
                .satisfies(unit -> assertThat(unit.code()).isEqualTo(lastArea));
        String subject = people.findByUsername(DemoTeams.TEAM_MEMBER).orElseThrow().subject();
        assertThat(work.inTenant(first, () -> members.currentOf(subject))).isPresent();
        assertThat(work.inTenant(first, () -> logs.list(new SupportLogQuery(null, null, null, null, null, null,
                subject), new PageRequest(0, 1)).total())).isPositive();
        assertThat(demo.load()).isZero();
    }

    /** Gives dung.pham a membership in the commune unless another demo test already has. */
    private void withTheTeamMember(String code) {
        work.inTenant(code, () -> {
            if (memberships.list(new PageRequest(0, 100)).items().stream()
                    .noneMatch(membership -> membership.username().equals(DemoTeams.TEAM_MEMBER))) {
                memberships.add(people.findByUsername(DemoTeams.TEAM_MEMBER).orElseThrow(), Role.TEAM_MEMBER);
            }
            return null;
        });
    }
}
