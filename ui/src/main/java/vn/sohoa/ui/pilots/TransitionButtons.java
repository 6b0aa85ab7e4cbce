package vn.sohoa.ui.pilots;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.Optional;
import vn.sohoa.platform.pilots.domain.Pilot;
import vn.sohoa.platform.pilots.domain.PilotAction;
import vn.sohoa.platform.pilots.service.PilotLifeCycle;
import vn.sohoa.platform.pilots.service.TransitionRequest;
import vn.sohoa.ui.form.DatePickers;
import vn.sohoa.ui.form.FormDialog;
import vn.sohoa.ui.tenancy.RoutedTenant;

/**
 * The life-cycle steps the person may take on the pilot now: those possible from its state whose permission
 * they hold in the tenant (the unit proposes and starts, the level above approves, returns, stops and closes).
 * Each opens a dialog for its comment and the day it took effect; approving asks the decision's number and date,
 * returning and stopping their reason.
 */
class TransitionButtons extends FlexLayout {

    TransitionButtons(RoutedTenant tenant, Pilot pilot, StepDays days, PilotLifeCycle lifeCycle,
                      SerializableRunnable changed) {
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-s)");
        for (PilotAction action : PilotAction.values()) {
            if (action.direct() && action.from(pilot.status()).isPresent() && tenant.allows(action.permission())) {
                Button button = new Button(getTranslation("pilots.action." + action.name()),
                        click -> dialog(tenant, pilot.id(), action, days, lifeCycle, changed).open());
                button.setId("pilot-" + action.name().toLowerCase());
                add(button);
            }
        }
    }

    private FormDialog<TransitionRequest> dialog(RoutedTenant tenant, long pilotId, PilotAction action, StepDays days,
                                                 PilotLifeCycle lifeCycle, SerializableRunnable changed) {
        boolean reasoned = action == PilotAction.RETURN || action == PilotAction.STOP;
        boolean approving = action == PilotAction.APPROVE;
        TextField number = new TextField(getTranslation("pilots.decision.number"));
        number.setMaxLength(64);
        DatePicker date = DatePickers.day(getTranslation("pilots.decision.date"));
        TextArea comment = new TextArea(getTranslation(reasoned ? "pilots.reason" : "pilots.comment"));
        comment.setMaxLength(2000);
        comment.setId("transition-comment");
        comment.setRequired(reasoned);
        DatePicker effective = days.picker("transition-effective-on");
        number.setRequired(true);
        date.setRequired(true);
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        if (approving) {
            form.add(number, date);
        }
        form.add(effective, comment);
        form.getChildren().forEach(field -> field.getElement().getStyle().set("width", "100%"));
        return new FormDialog<>(getTranslation("pilots.action." + action.name()), form, () -> {
            number.setInvalid(approving && number.getValue().isBlank());
            date.setInvalid(approving && date.getValue() == null);
            comment.setInvalid(reasoned && comment.getValue().isBlank());
            boolean dayAllowed = days.check(effective);
            if (number.isInvalid() || date.isInvalid() || comment.isInvalid() || !dayAllowed) {
                return Optional.empty();
            }
            return Optional.of(new TransitionRequest(action, comment.getValue(),
                    approving ? number.getValue() : null, approving ? date.getValue() : null, effective.getValue()));
        }, request -> {
            tenant.enter(action.permission());
            var transition = lifeCycle.transition(pilotId, request, tenant.caller());
            Notification.show(getTranslation("pilots.action.done",
                            getTranslation("pilots.status." + transition.toStatus().name())))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            changed.run();
        });
    }
}
