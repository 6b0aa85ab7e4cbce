package vn.sohoa.ui.pilots;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.pilots.domain.Pilot;
import vn.sohoa.platform.pilots.domain.PilotAccess;
import vn.sohoa.platform.pilots.domain.PilotAction;
import vn.sohoa.platform.pilots.domain.PilotTransition;
import vn.sohoa.platform.pilots.service.PilotAssessmentService;
import vn.sohoa.platform.pilots.service.PilotEvidenceService;
import vn.sohoa.platform.pilots.service.PilotLifeCycle;
import vn.sohoa.platform.pilots.service.PilotMeasurementService;
import vn.sohoa.platform.pilots.service.PilotReplicationService;
import vn.sohoa.platform.pilots.service.PilotService;
import vn.sohoa.platform.pilots.service.Replication;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantPage;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * One pilot model of the route's tenant: its plan and the life-cycle steps the person may take, its KPIs
 * against baseline and target, its measurements, its evidence files, its rubric (the self-assessment and the
 * evaluation), the history of its steps and its replicas; while DRAFT or RETURNED the unit edits it, and once
 * recognised the governing level replicates it. A pilot id the
 * tenant does not have (another unit's, or none) shows the not-found page.
 */
@Route(value = TenantRoutes.TENANT + "pilots/:id", layout = MainLayout.class)
public class PilotView extends TenantPage implements HasDynamicTitle {

    private final PilotService pilots;
    private final PilotLifeCycle lifeCycle;
    private final PilotMeasurementService measurements;
    private final PilotReplicationService replications;
    private final PilotAssessmentService assessments;
    private final PilotEvidenceService evidence;
    private final Clock clock;
    private String title = "";

    @Inject
    public PilotView(TenantRoutes routes, PilotService pilots, PilotLifeCycle lifeCycle,
                     PilotMeasurementService measurements, PilotReplicationService replications,
                     PilotAssessmentService assessments, PilotEvidenceService evidence, Clock clock) {
        super(routes);
        this.clock = clock;
        this.assessments = assessments;
        this.evidence = evidence;
        this.pilots = pilots;
        this.lifeCycle = lifeCycle;
        this.measurements = measurements;
        this.replications = replications;
    }

    @Override
    protected void show(RoutedTenant tenant) {
        long id = parameter("id").filter(text -> text.matches("[0-9]{1,18}")).map(Long::parseLong)
                .orElseThrow(NotFoundException::new);
        tenant.enter(PilotAccess.READ);
        Pilot pilot = pilots.find(id).orElseThrow(NotFoundException::new);
        title = pilot.name();
        List<PilotTransition> history = lifeCycle.history(id);
        StepDays days = new StepDays(VietnamCalendar.today(clock),
                history.isEmpty() ? null : history.getLast().effectiveOn());
        add(new H2(pilot.name()));
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("pilots.tab.overview"), overview(tenant, pilot, days));
        tabs.add(getTranslation("pilots.tab.kpis"), new KpiPanel(measurements.progress(id)));
        tabs.add(getTranslation("pilots.tab.measurements"),
                new MeasurementsPanel(tenant, pilot, measurements, () -> redraw(tenant)));
        tabs.add(getTranslation("pilots.tab.evidence"), new EvidencePanel(tenant, pilot, evidence));
        tabs.add(getTranslation("pilots.tab.evaluation"),
                new AssessmentPanel(tenant, pilot, days, assessments, () -> redraw(tenant)));
        tabs.add(getTranslation("pilots.tab.history"), new HistoryGrid(history));
        tabs.add(getTranslation("pilots.tab.replicas"), new ReplicaGrid(replications.replicas(id)));
        add(tabs);
    }

    private VerticalLayout overview(RoutedTenant tenant, Pilot pilot, StepDays days) {
        var plan = pilot.plan();
        VerticalLayout overview = new VerticalLayout();
        overview.setPadding(false);
        Span status = new Span(getTranslation("pilots.status." + pilot.status().name()));
        status.getElement().getThemeList().add("badge");
        status.setId("pilot-status");
        overview.add(status,
                line("pilots.field", getTranslation("pilots.field." + plan.field().name())),
                line("pilots.dates", VietnamCalendar.DAY.format(plan.startDate()) + " – "
                        + VietnamCalendar.DAY.format(plan.endDate())));
        if (plan.objectives() != null) {
            overview.add(line("pilots.objectives", plan.objectives()));
        }
        if (!plan.subUnits().isEmpty()) {
            overview.add(line("pilots.sub-units", String.join(", ", plan.subUnits())));
        }
        if (!plan.partners().isEmpty()) {
            overview.add(line("pilots.partners", String.join(", ", plan.partners())));
        }
        overview.add(line("pilots.reporting", getTranslation("pilots.reporting." + plan.reporting().name())));
        if (plan.responsible() != null) {
            overview.add(line("pilots.responsible", plan.responsible()));
        }
        if (plan.budgetVnd() != null) {
            overview.add(line("pilots.budget", Numbers.format(plan.budgetVnd())));
        }
        if (pilot.decisionNumber() != null) {
            overview.add(line("pilots.decision", pilot.decisionNumber() + " · "
                    + VietnamCalendar.DAY.format(pilot.decisionDate())));
        }
        if (pilot.status().editable() && tenant.allows(PilotAccess.MANAGE)) {
            Button edit = new Button(getTranslation("pilots.edit.button"), VaadinIcon.EDIT.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(TenantRoutes.pageOf(tenant.code(),
                            "pilots/" + pilot.id() + "/edit"))));
            edit.setId("pilot-edit");
            overview.add(edit);
        }
        overview.add(new TransitionButtons(tenant, pilot, days, lifeCycle, () -> redraw(tenant)));
        if (pilot.recognised() && PilotAction.REPLICATE.from(pilot.status()).isPresent()
                && tenant.allows(PilotAccess.GOVERN)) {
            overview.add(replicateButton(tenant, pilot, days));
        }
        return overview;
    }

    /** The governing level's replication of a recognised pilot, which lists the new replicas in their tab. */
    private Button replicateButton(RoutedTenant tenant, Pilot pilot, StepDays days) {
        Button replicate = new Button(getTranslation("pilots.action.REPLICATE"), VaadinIcon.COPY.create(),
                click -> new ReplicationDialog(tenant.tenant().parentCode(), days, request -> {
                    tenant.enter(PilotAccess.GOVERN);
                    Replication done = replications.replicate(pilot.id(), request, tenant.caller());
                    Notification.show(getTranslation("pilots.replicate.done", done.created().size(),
                            done.alreadyReplicated())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    redraw(tenant);
                }).open());
        replicate.setId("pilot-replicate");
        return replicate;
    }

    private Paragraph line(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("font-weight", "600");
        return new Paragraph(label, new Span(value));
    }

    private void redraw(RoutedTenant tenant) {
        removeAll();
        show(tenant);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("pilots.title") + " · Sohoa";
    }
}
