package vn.sohoa.ui.teams;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.teams.service.PhoneReaders;
import vn.sohoa.platform.teams.service.TeamMemberService;
import vn.sohoa.platform.teams.service.TeamService;
import vn.sohoa.platform.teams.service.TeamStanding;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.units.domain.Unit;
import vn.sohoa.platform.units.service.UnitService;
import vn.sohoa.ui.tenancy.RoutedTenant;

/**
 * The teams with their hamlet and whether anyone is in them today; a click shows a team's members.
 * Administrators set up teams here.
 */
@Dependent
public class TeamsPanel extends VerticalLayout {

    /** More teams and sub-units than a commune has; both are shown whole. */
    private static final int ALL = 500;

    private final TeamService teams;
    private final TeamMemberService people;
    private final UnitService units;
    private final PhoneReaders phones;
    private final Clock clock;
    private final Grid<TeamStanding> grid = new Grid<>();
    private RoutedTenant tenant;
    private TeamMembersPanel members;
    private Long onlyTeam;
    private Map<String, String> placeNames = Map.of();

    @Inject
    TeamsPanel(TeamService teams, TeamMemberService people, UnitService units, PhoneReaders phones, Clock clock) {
        this.teams = teams;
        this.people = people;
        this.units = units;
        this.phones = phones;
        this.clock = clock;
        setPadding(false);
        grid.setAllRowsVisible(true);
        grid.addColumn(standing -> standing.team().name()).setHeader(getTranslation("team.name")).setFlexGrow(1);
        grid.addColumn(standing -> placeNames.getOrDefault(standing.team().unitCode(), standing.team().unitCode()))
                .setHeader(getTranslation("team.unit")).setAutoWidth(true);
        grid.addComponentColumn(this::state).setHeader(getTranslation("team.state")).setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(pick -> members.show(pick.getValue()));
    }

    /** Shows every team of the tenant, or only this one (a leader's own team), replacing what was shown. */
    void show(RoutedTenant shown, Long teamId) {
        tenant = shown;
        onlyTeam = teamId;
        members = new TeamMembersPanel(tenant, people, phones, clock);
        HorizontalLayout header = new HorizontalLayout(new H3(getTranslation("teams.list")));
        header.setAlignItems(Alignment.BASELINE);
        if (tenant.administered()) {
            Button add = new Button(getTranslation("teams.add"), VaadinIcon.PLUS.create(), click -> openNew());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(add);
        }
        removeAll();
        add(header, grid, members);
        tenant.enter(Access.READ);
        placeNames = places().stream().collect(Collectors.toMap(Unit::code, Unit::name));
        refresh();
    }

    private void refresh() {
        tenant.enter(Access.READ);
        List<TeamStanding> shown = onlyTeam != null ? teams.find(onlyTeam).stream().toList()
                : teams.list(new PageRequest(0, ALL), null).items();
        grid.setItems(shown);
        if (onlyTeam != null && !shown.isEmpty()) {
            grid.select(shown.getFirst());
        }
    }

    private Span state(TeamStanding standing) {
        Span state = new Span(getTranslation(standing.active() ? "team.active" : "team.inactive",
                standing.currentMembers()));
        state.addClassName(standing.active() ? LumoUtility.TextColor.SUCCESS : LumoUtility.TextColor.SECONDARY);
        return state;
    }

    private List<Unit> places() {
        return units.list(new PageRequest(0, ALL), null).items();
    }

    private void openNew() {
        tenant.enter(Access.ADMINISTER);
        new TeamDialog(places(), (name, unitCode) -> {
            tenant.enter(Access.ADMINISTER);
            teams.create(name, unitCode);
            refresh();
            Notification.show(getTranslation("teams.saved", name)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }).open();
    }
}
