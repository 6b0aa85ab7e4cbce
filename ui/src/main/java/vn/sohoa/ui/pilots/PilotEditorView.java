package vn.sohoa.ui.pilots;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.pilots.domain.Pilot;
import vn.sohoa.platform.pilots.domain.PilotAccess;
import vn.sohoa.platform.pilots.domain.PilotDesign;
import vn.sohoa.platform.pilots.domain.PilotTemplate;
import vn.sohoa.platform.pilots.service.PilotService;
import vn.sohoa.platform.pilots.service.PilotTemplateService;
import vn.sohoa.platform.units.domain.Unit;
import vn.sohoa.platform.units.service.UnitService;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantPage;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * The pilot wizard of the route's tenant. A new pilot starts from a template suited to the tenant's kind (its
 * own or an ancestor's) or from scratch, then its KPIs with their baselines and targets and its rubric, then its
 * plan; it is saved as a DRAFT. At {@code pilots/{id}/edit} the same steps change a DRAFT or RETURNED pilot.
 */
@Route(value = TenantRoutes.TENANT + "pilots/new", layout = MainLayout.class)
@RouteAlias(value = TenantRoutes.TENANT + "pilots/:id/edit", layout = MainLayout.class)
public class PilotEditorView extends TenantPage implements HasDynamicTitle {

    /** Units offered as the hamlets a pilot runs in. */
    private static final int UNITS_OFFERED = 500;

    private final PilotService pilots;
    private final PilotTemplateService templates;
    private final UnitService units;
    private String title = "";

    @Inject
    public PilotEditorView(TenantRoutes routes, PilotService pilots, PilotTemplateService templates,
                           UnitService units) {
        super(routes);
        this.pilots = pilots;
        this.templates = templates;
        this.units = units;
    }

    @Override
    protected void show(RoutedTenant tenant) {
        tenant.enter(PilotAccess.MANAGE);
        title = getTranslation("pilots.new");
        List<Unit> offered = units.list(new PageRequest(0, UNITS_OFFERED), null).items();
        PlanForm plan = new PlanForm(offered);
        Pilot editing = parameter("id").map(id -> id.matches("[0-9]{1,18}") ? Long.parseLong(id) : -1L)
                .map(id -> pilots.find(id).orElseThrow(NotFoundException::new)).orElse(null);
        if (editing == null) {
            add(new H2(getTranslation("pilots.new")));
            List<PilotTemplate> suited = templates.visible().stream()
                    .filter(template -> template.suitedKinds().isEmpty()
                            || template.suitedKinds().contains(tenant.tenant().kind())).toList();
            add(new Wizard(tenant, suited, plan));
            return;
        }
        title = getTranslation("pilots.edit", editing.name());
        add(new H2(title));
        plan.show(editing.plan());
        DesignEditor design = new DesignEditor(editing.design(), true);
        Button save = saveButton(() -> plan.entered(editing.templateCode(), design.design(), editing.version())
                .ifPresent(request -> {
                    tenant.enter(PilotAccess.MANAGE);
                    saved(tenant, pilots.update(editing.id(), request, editing.version()));
                }));
        add(plan, design, save);
    }

    /** The three steps of a new pilot: template, design, plan; Back and Next move between them. */
    private final class Wizard extends VerticalLayout {

        private static final String SCRATCH = "";
        private final RadioButtonGroup<String> template = new RadioButtonGroup<>();
        private final List<PilotTemplate> suited;
        private final PlanForm plan;
        private final List<Component> steps = new ArrayList<>();
        private final Span stepTitle = new Span();
        private DesignEditor design;
        private String chosen;
        private int step;

        Wizard(RoutedTenant tenant, List<PilotTemplate> suited, PlanForm plan) {
            this.suited = suited;
            this.plan = plan;
            setPadding(false);
            template.setId("wizard-template");
            template.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            List<String> codes = new ArrayList<>(suited.stream().map(PilotTemplate::code).toList());
            codes.add(SCRATCH);
            template.setItems(codes);
            template.setRenderer(new ComponentRenderer<>(this::describe));
            template.setValue(suited.isEmpty() ? SCRATCH : suited.getFirst().code());
            VerticalLayout choose = new VerticalLayout(new Paragraph(getTranslation("pilots.wizard.template.help")),
                    template);
            choose.setPadding(false);
            VerticalLayout designStep = new VerticalLayout();
            designStep.setPadding(false);
            steps.addAll(List.of(choose, designStep, plan));
            Button back = new Button(getTranslation("pilots.wizard.back"), click -> move(-1));
            back.setId("wizard-back");
            Button next = new Button(getTranslation("pilots.wizard.next"), click -> move(1));
            next.setId("wizard-next");
            next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button save = saveButton(() -> plan.entered(chosen == null || chosen.equals(SCRATCH) ? null : chosen,
                    design.design(), null).ifPresent(request -> {
                        tenant.enter(PilotAccess.MANAGE);
                        saved(tenant, pilots.create(request));
                    }));
            FlexLayout buttons = new FlexLayout(back, next, save);
            buttons.getStyle().set("gap", "var(--lumo-space-s)");
            stepTitle.getStyle().set("font-weight", "600");
            stepTitle.setId("wizard-step");
            add(stepTitle);
            steps.forEach(this::add);
            add(buttons);
            show(0, back, next, save);
            back.addClickListener(click -> show(step, back, next, save));
            next.addClickListener(click -> show(step, back, next, save));
        }

        private Component describe(String code) {
            if (code.equals(SCRATCH)) {
                return new Span(getTranslation("pilots.wizard.scratch"));
            }
            PilotTemplate found = suited.stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow();
            Span name = new Span(found.name());
            name.getStyle().set("font-weight", "600");
            Span about = new Span(getTranslation("pilots.field." + found.field().name())
                    + (found.description() == null ? "" : " · " + found.description()));
            about.getStyle().set("font-size", "var(--lumo-font-size-s)");
            VerticalLayout card = new VerticalLayout(name, about);
            card.setPadding(false);
            card.setSpacing(false);
            return card;
        }

        private void move(int by) {
            if (step == 0 && by > 0 && !template.getValue().equals(chosen)) {
                // A template chosen (again) starts the design and the plan from it.
                chosen = template.getValue();
                PilotTemplate from = suited.stream().filter(t -> t.code().equals(chosen)).findFirst().orElse(null);
                design = new DesignEditor(from == null ? PilotDesign.empty() : from.design(), true);
                VerticalLayout designStep = (VerticalLayout) steps.get(1);
                designStep.removeAll();
                designStep.add(new Paragraph(getTranslation("pilots.wizard.design.help")), design);
                if (from != null) {
                    plan.startFrom(from.name(), from.field());
                }
            }
            step = Math.max(0, Math.min(steps.size() - 1, step + by));
        }

        private void show(int shown, Button back, Button next, Button save) {
            for (int i = 0; i < steps.size(); i++) {
                steps.get(i).setVisible(i == shown);
            }
            stepTitle.setText(getTranslation("pilots.wizard.step", shown + 1, steps.size(),
                    getTranslation("pilots.wizard.step." + shown)));
            back.setEnabled(shown > 0);
            next.setVisible(shown < steps.size() - 1);
            save.setVisible(shown == steps.size() - 1);
        }
    }

    private Button saveButton(SerializableRunnable save) {
        Button button = new Button(getTranslation("pilots.save-draft"), click -> save.run());
        button.setId("pilot-save");
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private void saved(RoutedTenant tenant, Pilot pilot) {
        Notification.show(getTranslation("pilots.saved", pilot.name()))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(TenantRoutes.pageOf(tenant.code(), "pilots/" + pilot.id())));
    }

    @Override
    public String getPageTitle() {
        return title + " · Sohoa";
    }
}
