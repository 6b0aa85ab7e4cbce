package vn.sohoa.ui.restructuring;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.LocalDate;
import java.util.Optional;
import vn.sohoa.admin.restructuring.api.MergeTargetRequest;
import vn.sohoa.admin.restructuring.service.Impact;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.ui.form.DatePickers;
import vn.sohoa.ui.form.RequestRules;

/**
 * The shape every restructuring dialog shares: the fields, then "Preview", which runs the change as a
 * dry run and shows its impact, then the confirming button, which is enabled only while the fields are
 * still those of the preview. Nothing is changed before the person has seen what will change.
 */
abstract class RestructuringDialog extends Dialog {

    /** A new tenant of a merge or a split is checked as the API checks the merge's new successor. */
    private final RequestRules newTenant = new RequestRules(MergeTargetRequest.class);

    protected final FormLayout form = new FormLayout();
    protected final DatePicker effectiveDate = DatePickers.day(null);
    private final ImpactView impact = new ImpactView();
    private final Button confirm;

    private SerializableRunnable done = () -> { };

    RestructuringDialog(String titleKey, TenantSnapshot tenant, String confirmKey) {
        setHeaderTitle(getTranslation(titleKey, tenant.name()));
        setWidth("40rem");
        setMaxWidth("100%");
        effectiveDate.setLabel(getTranslation("restructure.effective-date"));
        effectiveDate.setRequired(true);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form, impact);
        Button preview = new Button(getTranslation("restructure.preview"),
                click -> run(true).ifPresent(this::previewed));
        confirm = new Button(getTranslation(confirmKey), click -> run(false).ifPresent(result -> {
            close();
            done.run();
        }));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setEnabled(false);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), preview, confirm);
        watch(effectiveDate);
    }

    /** Proposes {@code today} as the effective date. */
    final RestructuringDialog startingOn(LocalDate today) {
        effectiveDate.setValue(today);
        return this;
    }

    /** What to do once the change is made, such as showing the page again. */
    final RestructuringDialog onDone(SerializableRunnable action) {
        this.done = action;
        return this;
    }

    /** Runs the change, as a dry run or for real; empty when a field is not valid (and marked so). */
    protected abstract Optional<Impact> run(boolean dryRun);

    /** A changed field makes the preview stale: it must be run again before confirming. */
    protected final void watch(HasValue<?, ?> field) {
        field.addValueChangeListener(change -> {
            confirm.setEnabled(false);
            impact.clear();
        });
    }

    /** Whether the date is given; marks it when not. */
    protected final boolean dated() {
        effectiveDate.setInvalid(effectiveDate.isEmpty());
        effectiveDate.setErrorMessage(getTranslation("form.required"));
        return !effectiveDate.isEmpty();
    }

    /** Checks a new tenant's code and name with the API's constraints; marks what is wrong. */
    protected final boolean validNewTenant(TextField code, TextField name) {
        String codeText = code.getValue().strip();
        boolean codeOk = !codeText.isEmpty() && newTenant.accepts("code", codeText);
        code.setInvalid(!codeOk);
        code.setErrorMessage(getTranslation("form.code.invalid"));
        String text = name.getValue().strip();
        boolean nameOk = !text.isEmpty() && newTenant.accepts("name", text);
        name.setInvalid(!nameOk);
        name.setErrorMessage(getTranslation(text.isEmpty() ? "form.required" : "form.name.too-long",
                newTenant.maxLength("name")));
        return codeOk && nameOk;
    }

    private void previewed(Impact shown) {
        impact.show(shown);
        confirm.setEnabled(true);
    }
}
