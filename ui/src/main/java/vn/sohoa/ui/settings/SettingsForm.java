package vn.sohoa.ui.settings;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.Optional;
import vn.sohoa.admin.settings.api.SettingsDocument;
import vn.sohoa.admin.settings.domain.AnnualTargets;
import vn.sohoa.admin.settings.domain.Contact;
import vn.sohoa.admin.settings.domain.Feature;
import vn.sohoa.admin.settings.domain.Language;
import vn.sohoa.ui.form.RequestRules;

/**
 * The settings fields, checked by the constraints of the settings API ({@link SettingsDocument},
 * {@link Contact}, {@link AnnualTargets}), which the UI bypasses by calling the service.
 */
class SettingsForm extends FormLayout {

    private final Binder<SettingsFields> binder = new Binder<>(SettingsFields.class);
    private final RequestRules document = new RequestRules(SettingsDocument.class);
    private final RequestRules contact = new RequestRules(Contact.class);
    private final RequestRules targets = new RequestRules(AnnualTargets.class);

    SettingsForm() {
        String required = getTranslation("form.required");
        TextField displayName = new TextField(getTranslation("settings.display-name"));
        binder.forField(displayName).asRequired(required)
                .withValidator(document.check("displayName",
                        getTranslation("form.name.too-long", document.maxLength("displayName"))))
                .bind("displayName");
        // A blank phone or email is no contact at all, which the document stores as absent.
        TextField phone = new TextField(getTranslation("settings.phone"));
        binder.forField(phone).withValidator(value -> value.isBlank() || contact.accepts("phone", value),
                getTranslation("settings.phone.invalid")).bind("phone");
        EmailField email = new EmailField(getTranslation("settings.email"));
        binder.forField(email).withValidator(value -> value.isBlank() || contact.accepts("email", value),
                getTranslation("settings.email.invalid")).bind("email");
        TextField address = new TextField(getTranslation("settings.address"));
        binder.forField(address)
                .withValidator(document.check("address", getTranslation("form.name.too-long", document.maxLength("address"))))
                .bind("address");
        Select<Language> locale = new Select<>();
        locale.setLabel(getTranslation("settings.locale"));
        locale.setItems(Language.values());
        locale.setItemLabelGenerator(value -> getTranslation("settings.locale." + value));
        binder.forField(locale).asRequired(required).bind("locale");
        CheckboxGroup<Feature> features = new CheckboxGroup<>(getTranslation("settings.features"));
        features.setItems(Feature.values());
        features.setItemLabelGenerator(value -> getTranslation("settings.feature." + value));
        binder.forField(features).bind("enabledFeatures");
        add(displayName, locale, phone, email, address, features);
        setColspan(address, 2);
        setColspan(features, 2);
        addTargets();
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2));
    }

    private void addTargets() {
        IntegerField year = whole("settings.year", "year");
        NumberField hamlets = share("settings.hamlet-share", "activeTeamHamletShare");
        IntegerField sessions = whole("settings.sessions", "supportSessionsPerMonth");
        NumberField completion = share("settings.completion-share", "trainingCompletionShare");
        IntegerField pilots = whole("settings.pilots", "pilotModels");
        add(year, hamlets, sessions, completion, pilots);
    }

    /** An optional whole number: without a year there are no targets, so each may stay empty here. */
    private IntegerField whole(String label, String property) {
        IntegerField field = new IntegerField(getTranslation(label));
        int min = targets.min(property);
        int max = targets.max(property);
        field.setMin(min);
        field.setMax(max);
        binder.forField(field).withValidator(value -> value == null || targets.accepts(property, value),
                getTranslation("settings.range", min, max)).bind(property);
        return field;
    }

    private NumberField share(String label, String property) {
        NumberField field = new NumberField(getTranslation(label));
        field.setMin(targets.decimalMin(property));
        field.setMax(targets.decimalMax(property));
        field.setStep(0.01);
        binder.forField(field).withValidator(targets.check(property, getTranslation("settings.share.range")))
                .bind(property);
        return field;
    }

    void show(SettingsFields fields) {
        binder.readRecord(fields);
    }

    void readOnly() {
        binder.setReadOnly(true);
    }

    /** The fields as entered, or empty (with the fields marked) when something is not valid. */
    Optional<SettingsFields> fields() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }
}
