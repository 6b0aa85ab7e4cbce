package vn.sohoa.ui.indicators;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.indicators.domain.EnteredValue;
import vn.sohoa.platform.indicators.domain.ReportAccess;
import vn.sohoa.platform.indicators.domain.ReportState;
import vn.sohoa.platform.indicators.service.Report;
import vn.sohoa.platform.indicators.service.ReportService;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantPage;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * A unit's form of a data set for a period ({@code /t/31321/reports/BC-XA/2026-11}). The unit's administrators
 * fill it in and submit it; administrators of a level above see it read-only and decide on it (approve, return
 * with a comment, take an approval back). What is typed is saved as the draft after each pause in typing or choice,
 * and the form says when it was last stored, so a phone that drops its connection loses nothing already shown as
 * saved. Refusals naming an indicator are shown under it; a form someone else changed meanwhile is said so
 * plainly, with a way to load their version, and nothing more is saved over it.
 */
@Route(value = TenantRoutes.TENANT + "reports/:dataSet/:period", layout = MainLayout.class)
public class ReportFormView extends TenantPage implements HasDynamicTitle {

    private final ReportService reports;
    private final Clock clock;
    private final Div conflict = new Div();
    private final List<ValueInput> inputs = new ArrayList<>();
    private final FlexLayout badges = new FlexLayout();
    private RoutedTenant tenant;
    private Report report;
    private Instant lastSaved;

    @Inject
    public ReportFormView(TenantRoutes routes, ReportService reports, Clock clock) {
        super(routes);
        this.reports = reports;
        this.clock = clock;
        setMaxWidth("48rem");
    }

    @Override
    protected void show(RoutedTenant shown) {
        tenant = shown;
        tenant.enter(Access.READ);
        try {
            report = reports.get(parameter("dataSet").orElseThrow(), parameter("period").orElseThrow());
        } catch (ProblemException unknown) {
            // An unknown data set, a period that does not fit it or a unit that does not report it: no such page.
            throw new NotFoundException();
        }
        render();
    }

    private void render() {
        removeAll();
        inputs.clear();
        boolean deciding = tenant.allows(ReportAccess.DECIDE);
        boolean editable = !deciding && tenant.allows(ReportAccess.FILL)
                && (report.state() == ReportState.DRAFT || report.state() == ReportState.RETURNED);
        add(new H2(report.dataSetName()), new Paragraph(tenant.tenant().name() + " · " + report.period() + " ("
                + VietnamCalendar.DAY.format(report.periodStart()) + " – " + VietnamCalendar.DAY.format(report.periodEnd())
                + ") · " + getTranslation("indicators.due", VietnamCalendar.DAY.format(report.dueDate()))));
        showState();
        add(badges);
        AutosaveStatus autosave = new AutosaveStatus();
        if (editable) {
            if (lastSaved != null) {
                autosave.saved(lastSaved);
            }
            add(autosave);
        }
        if (report.comment() != null && report.state() == ReportState.RETURNED) {
            Paragraph comment = new Paragraph(getTranslation("indicators.form.returned", report.comment()));
            comment.setId("report-comment-shown");
            comment.getStyle().set("color", "var(--lumo-error-text-color)");
            add(comment);
        }
        conflict.setId("report-conflict");
        conflict.removeAll();
        conflict.setVisible(false);
        add(conflict);
        report.values().forEach(entry -> {
            ValueInput input = new ValueInput(entry, editable);
            if (editable) {
                input.onEdited(() -> autosave(autosave));
            }
            inputs.add(input);
            add(input);
        });
        FlexLayout actions = new FlexLayout();
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        if (editable) {
            actions.add(button("report-save", "indicators.form.save", false, () -> save(true).ifPresent(saved -> saved(
                    "indicators.form.saved"))));
            actions.add(button("report-submit", "indicators.form.submit", true, this::submit));
        }
        if (deciding) {
            new ReportDecisions(tenant, reports, this::decided).addTo(actions, report);
        }
        add(actions, new Anchor(TenantRoutes.pageOf(tenant.code(), "reports"), getTranslation("indicators.reports.title")));
    }

    private void showState() {
        badges.removeAll();
        Span state = States.badge(report.saved() ? report.state() : null);
        state.setId("report-state");
        badges.add(state);
        badges.getStyle().set("gap", "var(--lumo-space-s)");
        if (report.late()) {
            badges.add(States.late());
        }
    }

    /**
     * Saves the draft after a change, without redrawing the form under the person's fingers. Nothing is sent over
     * someone else's newer version, nor while a replaced automatic value still lacks its reason or a percentage has
     * only one of its figures (the service would refuse both).
     */
    private void autosave(AutosaveStatus status) {
        if (conflict.isVisible()) {
            status.conflict();
        } else if (inputs.stream().anyMatch(ValueInput::awaitsReason)) {
            status.awaitingReason();
        } else if (inputs.stream().anyMatch(ValueInput::halfTyped)) {
            status.halfTyped();
        } else {
            save(false).ifPresentOrElse(saved -> {
                showState();
                status.saved(lastSaved);
            }, () -> {
                if (conflict.isVisible()) {
                    status.conflict();
                } else {
                    status.refused();
                }
            });
        }
    }

    private Button button(String id, String key, boolean primary, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.setId(id);
        button.setMinHeight("48px");
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    /**
     * Saves what the inputs hold; empty when a figure cannot be read or the service refused it (shown under the
     * indicators, and announced when {@code announce}).
     */
    private Optional<Report> save(boolean announce) {
        List<EnteredValue> values = new ArrayList<>();
        boolean readable = true;
        for (ValueInput input : inputs) {
            Optional<EnteredValue> value = input.entered();
            readable &= value.isPresent();
            value.filter(read -> !input.untouchedAutomatic(read)).ifPresent(values::add);
        }
        if (!readable) {
            return Optional.empty();
        }
        return FormRefusals.caught(this, inputs, conflict, announce, () -> {
            tenant.enter(ReportAccess.FILL);
            return reports.save(report.dataSetCode(), report.period(), values, report.version());
        }).map(saved -> {
            lastSaved = clock.instant();
            return report = saved;
        });
    }

    private void submit() {
        save(true).flatMap(saved -> FormRefusals.caught(this, inputs, conflict, true, () -> {
            tenant.enter(ReportAccess.FILL);
            return reports.submit(report.dataSetCode(), report.period(), report.version());
        })).ifPresent(submitted -> {
            report = submitted;
            saved("indicators.form.submitted");
        });
    }

    private void decided(Report decided) {
        report = decided;
        saved("indicators.decision.done");
    }

    private void saved(String key) {
        render();
        Notification.show(getTranslation(key)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Loads the form as it is stored now, after someone else changed it. */
    void reload() {
        tenant.enter(Access.READ);
        lastSaved = null;
        report = reports.get(report.dataSetCode(), report.period());
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("indicators.form.title") + " · Sohoa";
    }
}
