package vn.sohoa.ui.pilots;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.sohoa.platform.pilots.service.ReplicationRequest;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.ui.form.DatePickers;
import vn.sohoa.ui.form.FormDialog;
import vn.sohoa.ui.form.RequestRules;

/**
 * The governing level's replication of a recognised pilot, by its decision: to every tenant of a kind below a
 * tenant it governs (the pilot's parent at first), or to the units it names by code. The service refuses a unit it
 * does not govern or the pilot's own, and the refusal names the field.
 */
class ReplicationDialog extends FormDialog<ReplicationRequest> {

    ReplicationDialog(String parentCode, StepDays days, SerializableConsumer<ReplicationRequest> save) {
        this(new Form(parentCode, days), save);
    }

    private ReplicationDialog(Form form, SerializableConsumer<ReplicationRequest> save) {
        super(form.getTranslation("pilots.action.REPLICATE"), form, form::entered, save);
    }

    private static final class Form extends VerticalLayout {

        private final RequestRules rules = new RequestRules(ReplicationRequest.class);
        private final TextField number = FormParts.text(this, "pilots.decision.number", rules, "decisionNumber");
        private final DatePicker date = DatePickers.day(getTranslation("pilots.decision.date"));
        private final Select<TenantKind> kind = FormParts.choice(this, "pilots.replicate.kind",
                List.of(TenantKind.values()), "pilots.templates.kind.");
        private final TextField under = new TextField(getTranslation("pilots.replicate.under"));
        private final TextArea targets = new TextArea(getTranslation("pilots.replicate.targets"));
        private final TextArea comment = new TextArea(getTranslation("pilots.comment"));
        private final StepDays days;
        private final DatePicker effective;

        Form(String parentCode, StepDays days) {
            this.days = days;
            this.effective = days.picker("replication-effective-on");
            setPadding(false);
            number.setId("replication-decision-number");
            number.setRequired(true);
            date.setId("replication-decision-date");
            date.setRequired(true);
            kind.setId("replication-kind");
            kind.setValue(TenantKind.COMMUNE);
            under.setId("replication-under");
            under.setValue(parentCode == null ? "" : parentCode);
            targets.setId("replication-targets");
            targets.setHelperText(getTranslation("pilots.replicate.targets.help"));
            comment.setMaxLength(rules.maxLength("comment"));
            add(FormParts.column(number, date, effective, kind, under, targets, comment));
        }

        Optional<ReplicationRequest> entered() {
            List<String> codes = Arrays.stream(targets.getValue().split("[\\s,;]+")).filter(code -> !code.isEmpty())
                    .toList();
            boolean chosen = !codes.isEmpty();
            boolean valid = FormParts.check(number, rules, "decisionNumber", number.getValue().strip())
                    & FormParts.check(date, rules, "decisionDate", date.getValue())
                    & FormParts.check(targets, rules, "targets", codes)
                    & FormParts.check(comment, rules, "comment", comment.getValue())
                    & days.check(effective);
            kind.setInvalid(!chosen && kind.getValue() == null);
            under.setInvalid(!chosen && under.getValue().isBlank());
            if (!valid || kind.isInvalid() || under.isInvalid()) {
                return Optional.empty();
            }
            return Optional.of(new ReplicationRequest(chosen ? codes : null, chosen ? null : kind.getValue(),
                    chosen ? null : under.getValue().strip(), number.getValue().strip(), date.getValue(),
                    FormParts.strip(comment.getValue()), effective.getValue()));
        }
    }
}
