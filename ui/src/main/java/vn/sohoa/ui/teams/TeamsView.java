package vn.sohoa.ui.teams;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.sohoa.platform.teams.domain.TeamMember;
import vn.sohoa.platform.teams.domain.TeamRole;
import vn.sohoa.platform.teams.service.TeamMemberService;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantPage;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * The community teams of the route's tenant and their coverage. Administrators set up teams and their
 * members; a team leader who does not administer the tenant sees the page filtered to their own team.
 */
@Route(value = TenantRoutes.TENANT + "teams", layout = MainLayout.class)
@Menu(title = "teams.title", icon = "vaadin:users", order = 0.7)
public class TeamsView extends TenantPage implements HasDynamicTitle {

    private final TeamMemberService members;
    private final TeamsPanel teams;
    private final CoveragePanel coverage;

    @Inject
    public TeamsView(TenantRoutes routes, TeamMemberService members, TeamsPanel teams, CoveragePanel coverage) {
        super(routes);
        this.members = members;
        this.teams = teams;
        this.coverage = coverage;
    }

    @Override
    protected void show(RoutedTenant tenant) {
        tenant.enter(Access.READ);
        Long ledTeam = tenant.administered() ? null : ledTeam(members.currentOf(tenant.caller().subject()));
        add(new H2(getTranslation("teams.title") + " · " + tenant.tenant().name()));
        teams.show(tenant, ledTeam);
        coverage.show(tenant, ledTeam);
        add(teams, coverage);
    }

    private static Long ledTeam(Optional<TeamMember> member) {
        return member.filter(m -> m.role() == TeamRole.LEADER).map(TeamMember::teamId).orElse(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teams.title") + " · Sohoa";
    }
}
