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
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.RegexpValidator;
import java.util.Optional;
import vn.sohoa.admin.settings.domain.Feature;
import vn.sohoa.admin.settings.domain.Language;

/**
 * The settings fields with the rules of the settings API ({@code SettingsDocument}, {@code Contact},
 * {@code AnnualTargets}), which the UI bypasses by calling the service.
 */
class SettingsForm extends FormLayout {

    private static final String PHONE = "\\+?[0-9 .()-]{6,20}";

    private final Binder<SettingsFields> binder = new Binder<>(SettingsFields.class);

    SettingsForm() {
        String required = getTranslation("form.required");
        TextField displayName = new TextField(getTranslation("settings.display-name"));
        binder.forField(displayName).asRequired(required)
                .withValidator(value -> value.strip().length() <= 200, getTranslation("form.name.too-long", 200))
                .bind("displayName");
        TextField phone = new TextField(getTranslation("settings.phone"));
        binder.forField(phone).withValidator(value -> value.isBlank() || value.matches(PHONE),
                getTranslation("settings.phone.invalid")).bind("phone");
        EmailField email = new EmailField(getTranslation("settings.email"));
        binder.forField(email).withValidator(new EmailValidator(getTranslation("settings.email.invalid"), true))
                .bind("email");
        TextField address = new TextField(getTranslation("settings.address"));
        binder.forField(address).withValidator(value -> value.length() <= 500, getTranslation("form.name.too-long", 500))
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
        IntegerField year = whole("settings.year", 2020, 2100, "year");
        NumberField hamlets = share("settings.hamlet-share", "activeTeamHamletShare");
        IntegerField sessions = whole("settings.sessions", 0, 10_000_000, "supportSessionsPerMonth");
        NumberField completion = share("settings.completion-share", "trainingCompletionShare");
        IntegerField pilots = whole("settings.pilots", 0, 10_000, "pilotModels");
        add(year, hamlets, sessions, completion, pilots);
    }

    private IntegerField whole(String label, int min, int max, String property) {
        IntegerField field = new IntegerField(getTranslation(label));
        field.setMin(min);
        field.setMax(max);
        binder.forField(field).withValidator(value -> value == null || (value >= min && value <= max),
                getTranslation("settings.range", min, max)).bind(property);
        return field;
    }

    private NumberField share(String label, String property) {
        NumberField field = new NumberField(getTranslation(label));
        field.setMin(0);
        field.setMax(1);
        field.setStep(0.01);
        binder.forField(field).withValidator(value -> value == null || (value >= 0 && value <= 1),
                getTranslation("settings.share.range")).bind(property);
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
