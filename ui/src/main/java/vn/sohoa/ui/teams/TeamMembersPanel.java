package vn.sohoa.ui.teams;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.teams.domain.TeamMember;
import vn.sohoa.platform.teams.service.MemberDraft;
import vn.sohoa.platform.teams.service.PhoneReaders;
import vn.sohoa.platform.teams.service.TeamMemberService;
import vn.sohoa.platform.teams.service.TeamStanding;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.ui.tenancy.RoutedTenant;

/**
 * The people of one team, past and present. Administrators add a person and end someone's time in the
 * team (from today); rows stay, so the history of who was in the team is kept. Phone numbers are shown
 * only to the {@link PhoneReaders}.
 */
class TeamMembersPanel extends VerticalLayout {

    private final RoutedTenant tenant;
    private final TeamMemberService members;
    private final boolean administered;
    private final Clock clock;
    private final H3 title = new H3();
    private final Grid<TeamMember> grid = new Grid<>();
    private final Button add = new Button(getTranslation("team.members.add"), VaadinIcon.PLUS.create());
    private TeamStanding team;

    TeamMembersPanel(RoutedTenant tenant, TeamMemberService members, PhoneReaders phones, Clock clock) {
        this.tenant = tenant;
        this.members = members;
        this.clock = clock;
        this.administered = tenant.administered();
        setPadding(false);
        setVisible(false);
        grid.setAllRowsVisible(true);
        grid.addColumn(TeamMember::fullName).setHeader(getTranslation("team.member.name")).setFlexGrow(1);
        grid.addColumn(member -> getTranslation("team.role." + member.role())).setHeader(getTranslation("team.member.role"))
                .setAutoWidth(true);
        if (phones.include(tenant.caller(), tenant.tenant())) {
            grid.addColumn(TeamMember::phone).setHeader(getTranslation("team.member.phone")).setAutoWidth(true);
        }
        grid.addColumn(member -> day(member.startDate())).setHeader(getTranslation("team.member.start"))
                .setAutoWidth(true);
        grid.addColumn(member -> day(member.endDate())).setHeader(getTranslation("team.member.end")).setAutoWidth(true);
        if (administered) {
            grid.addComponentColumn(this::endButton).setAutoWidth(true).setFlexGrow(0);
            add.addClickListener(click -> new MemberDialog(VietnamCalendar.today(clock), draft -> {
                tenant.enter(Access.ADMINISTER);
                members.add(team.team().id(), draft);
                refresh();
            }).open());
        }
        add.setVisible(administered);
        add(title, add, grid);
    }

    /** Shows the members of this team, or nothing when no team is picked. */
    void show(TeamStanding picked) {
        team = picked;
        setVisible(picked != null);
        if (picked != null) {
            title.setText(getTranslation("team.members", picked.team().name()));
            refresh();
        }
    }

    private void refresh() {
        tenant.enter(Access.READ);
        grid.setItems(members.list(team.team().id()));
    }

    private static String day(LocalDate date) {
        return date == null ? "" : VietnamCalendar.DAY.format(date);
    }

    private Button endButton(TeamMember member) {
        LocalDate today = VietnamCalendar.today(clock);
        Button end = new Button(getTranslation("team.member.end-now"), click -> {
            tenant.enter(Access.ADMINISTER);
            members.change(team.team().id(), member.id(), new MemberDraft(member.fullName(), member.role(),
                    member.phone(), member.username(), member.startDate(), today), member.version());
            refresh();
        });
        end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        end.setVisible(member.isCurrentOn(today));
        return end;
    }
}
