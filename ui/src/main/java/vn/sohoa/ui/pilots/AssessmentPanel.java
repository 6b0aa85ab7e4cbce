package vn.sohoa.ui.pilots;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sohoa.platform.pilots.domain.Assessment;
import vn.sohoa.platform.pilots.domain.Criterion;
import vn.sohoa.platform.pilots.domain.Pilot;
import vn.sohoa.platform.pilots.domain.PilotAccess;
import vn.sohoa.platform.pilots.domain.PilotStatus;
import vn.sohoa.platform.pilots.domain.Score;
import vn.sohoa.platform.pilots.service.AssessmentRequest;
import vn.sohoa.platform.pilots.service.EvaluationRequest;
import vn.sohoa.platform.pilots.service.PilotAssessmentService;
import vn.sohoa.platform.pilots.service.ScoreRequest;
import vn.sohoa.ui.form.RequestRules;
import vn.sohoa.ui.tenancy.RoutedTenant;

/**
 * The rubric of a pilot as a form. Each criterion shows its maximum and the points its KPI's latest actual
 * gives; other points need a reason, and points stay between 0 and the maximum. The total and the level band
 * it reaches follow the points as they are typed. The unit's administrator writes the self-assessment while the
 * pilot runs or awaits evaluation; the governing level evaluates a REVIEWED pilot, decides whether it is
 * recognised and gives the day that took effect. Everyone else reads what was assessed.
 */
class AssessmentPanel extends VerticalLayout {

    private final Pilot pilot;
    private final List<Row> rows = new ArrayList<>();
    private final Span total = new Span();

    AssessmentPanel(RoutedTenant tenant, Pilot pilot, StepDays days, PilotAssessmentService assessments,
                    SerializableRunnable changed) {
        this.pilot = pilot;
        setPadding(false);
        if (pilot.evaluation() != null) {
            add(summary("pilots.assessment.evaluation", pilot.evaluation()));
            Span recognised = new Span(getTranslation(pilot.recognised() ? "pilots.assessment.recognised"
                    : "pilots.assessment.not-recognised"));
            recognised.setId("pilot-recognised");
            recognised.getElement().getThemeList().add(pilot.recognised() ? "badge success" : "badge contrast");
            add(recognised);
        }
        boolean evaluating = pilot.status() == PilotStatus.REVIEWED && tenant.allows(PilotAccess.GOVERN);
        boolean selfAssessing = (pilot.status() == PilotStatus.RUNNING || pilot.status() == PilotStatus.REVIEWED)
                && tenant.allows(PilotAccess.MANAGE);
        if (pilot.selfAssessment() != null && !selfAssessing) {
            add(summary("pilots.assessment.self", pilot.selfAssessment()));
        }
        if (!evaluating && !selfAssessing) {
            if (pilot.evaluation() == null && pilot.selfAssessment() == null) {
                add(new Paragraph(getTranslation("pilots.assessment.none")));
            }
            return;
        }
        add(new H3(getTranslation(evaluating ? "pilots.assessment.evaluate" : "pilots.assessment.self")));
        tenant.enter(PilotAccess.READ);
        // The evaluation starts from the unit's own points, a self-assessment from the last one written.
        Assessment earlier = pilot.selfAssessment();
        for (Score automatic : assessments.automaticScores(pilot.id())) {
            Criterion criterion = pilot.design().criterion(automatic.criterionCode()).orElseThrow();
            Score before = earlier == null ? null : earlier.scores().stream()
                    .filter(score -> score.criterionCode().equals(criterion.code())).findFirst().orElse(null);
            Row row = new Row(criterion, automatic.automaticPoints(), before);
            rows.add(row);
            add(row);
        }
        total.setId("assessment-total");
        total.getStyle().set("font-weight", "600");
        recount();
        Checkbox recognise = new Checkbox(getTranslation("pilots.assessment.recognise"));
        recognise.setId("assessment-recognise");
        recognise.setVisible(evaluating);
        DatePicker effective = days.picker("assessment-effective-on");
        effective.setVisible(evaluating);
        TextArea comment = new TextArea(getTranslation("pilots.comment"));
        comment.setMaxLength(new RequestRules(AssessmentRequest.class).maxLength("comment"));
        comment.setWidthFull();
        Button save = new Button(getTranslation(evaluating ? "pilots.assessment.save-evaluation"
                : "pilots.assessment.save-self"), click -> entered().filter(scores -> !evaluating
                        || days.check(effective)).ifPresent(scores -> {
                    if (evaluating) {
                        tenant.enter(PilotAccess.GOVERN);
                        assessments.evaluate(pilot.id(), new EvaluationRequest(scores, recognise.getValue(),
                                FormParts.strip(comment.getValue()), effective.getValue()), tenant.caller());
                    } else {
                        tenant.enter(PilotAccess.MANAGE);
                        assessments.selfAssess(pilot.id(), new AssessmentRequest(scores,
                                FormParts.strip(comment.getValue())), tenant.caller());
                    }
                    Notification.show(getTranslation("pilots.assessment.saved"))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    changed.run();
                }));
        save.setId("assessment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(total, recognise, effective, comment, save);
    }

    private VerticalLayout summary(String titleKey, Assessment assessment) {
        VerticalLayout summary = new VerticalLayout(new H3(getTranslation(titleKey)));
        summary.setPadding(false);
        summary.setSpacing(false);
        for (Score score : assessment.scores()) {
            String name = pilot.design().criterion(score.criterionCode()).map(Criterion::name)
                    .orElse(score.criterionCode());
            summary.add(new Span(name + ": " + Numbers.format(score.points()) + " / " + Numbers.format(score.maxPoints())
                    + (score.overrideReason() == null ? "" : " (" + score.overrideReason() + ")")));
        }
        Span line = new Span(totalText(assessment.total(), assessment.level()) + " · " + assessment.assessedBy());
        line.getStyle().set("font-weight", "600");
        summary.add(line);
        return summary;
    }

    private String totalText(BigDecimal points, String level) {
        return getTranslation("pilots.assessment.total", Numbers.format(points))
                + (level == null ? "" : " · " + getTranslation("pilots.assessment.level", level));
    }

    private void recount() {
        BigDecimal sum = rows.stream().map(Row::points).filter(points -> points != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        total.setText(totalText(sum, pilot.design().level(sum)));
    }

    private Optional<List<ScoreRequest>> entered() {
        boolean valid = true;
        for (Row row : rows) {
            valid &= row.valid();
        }
        return valid ? Optional.of(rows.stream().map(Row::request).toList()) : Optional.empty();
    }

    /** One criterion: its maximum, the automatic points, the points given, a reason to differ, a note. */
    private final class Row extends VerticalLayout {

        private final Criterion criterion;
        private final BigDecimal automatic;
        private final BigDecimalField points = new BigDecimalField();
        private final TextField reason = new TextField(getTranslation("pilots.assessment.override-reason"));
        private final TextField note = new TextField(getTranslation("pilots.comment"));

        Row(Criterion criterion, BigDecimal automatic, Score before) {
            this.criterion = criterion;
            this.automatic = automatic;
            setPadding(false);
            setSpacing(false);
            getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
                    .set("padding-bottom", "var(--lumo-space-s)");
            Span name = new Span(criterion.name());
            name.getStyle().set("font-weight", "600");
            Span facts = new Span(getTranslation("pilots.design.method." + criterion.method().name()) + " · "
                    + getTranslation("pilots.assessment.max", Numbers.format(criterion.maxPoints()))
                    + (automatic == null ? "" : " · " + getTranslation("pilots.assessment.automatic",
                    Numbers.format(automatic)))
                    + (criterion.evidenceRequired() == null ? "" : " · " + criterion.evidenceRequired()));
            facts.getStyle().set("font-size", "var(--lumo-font-size-s)");
            points.setLabel(getTranslation("pilots.assessment.points"));
            points.setId("assessment-points-" + criterion.code());
            points.setHelperText("0 – " + Numbers.format(criterion.maxPoints()));
            points.setValue(before != null ? before.points() : automatic);
            reason.setId("assessment-reason-" + criterion.code());
            reason.setMaxLength(1000);
            reason.setWidthFull();
            if (before != null) {
                reason.setValue(before.overrideReason() == null ? "" : before.overrideReason());
                note.setValue(before.note() == null ? "" : before.note());
            }
            note.setMaxLength(1000);
            note.setWidthFull();
            points.setErrorMessage(getTranslation("pilots.assessment.out-of-range", Numbers.format(criterion.maxPoints())));
            points.addValueChangeListener(change -> {
                points.setInvalid(!inRange());
                showReason();
                recount();
            });
            showReason();
            add(name, facts, points, reason, note);
        }

        private boolean overridden() {
            return automatic != null && points.getValue() != null && points.getValue().compareTo(automatic) != 0;
        }

        private void showReason() {
            reason.setVisible(overridden());
        }

        BigDecimal points() {
            return points.getValue();
        }

        private boolean inRange() {
            BigDecimal given = points.getValue();
            return given != null && given.signum() >= 0 && given.compareTo(criterion.maxPoints()) <= 0;
        }

        boolean valid() {
            points.setInvalid(!inRange());
            reason.setInvalid(overridden() && reason.getValue().isBlank());
            return !points.isInvalid() && !reason.isInvalid();
        }

        ScoreRequest request() {
            return new ScoreRequest(criterion.code(), points.getValue(), FormParts.strip(note.getValue()),
                    overridden() ? reason.getValue().strip() : null);
        }
    }
}
