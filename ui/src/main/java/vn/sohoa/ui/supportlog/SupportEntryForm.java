package vn.sohoa.ui.supportlog;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.sohoa.platform.categories.domain.SupportCategory;
import vn.sohoa.platform.support.domain.AgeBand;
import vn.sohoa.platform.support.domain.Channel;
import vn.sohoa.platform.support.domain.Gender;
import vn.sohoa.platform.support.domain.Outcome;
import vn.sohoa.platform.support.domain.PersonalNumbers;
import vn.sohoa.platform.support.service.SupportLogRequest;
import vn.sohoa.platform.units.domain.Unit;
import vn.sohoa.ui.form.DatePickers;
import vn.sohoa.ui.form.RequestRules;

/**
 * The fields of a support record, phone first: the usual ones open, age band, gender, duration and note
 * folded under "more". The rules are the constraints of the API's {@link SupportLogRequest}, since the
 * form calls the service past the API's Bean Validation.
 */
class SupportEntryForm extends VerticalLayout {

    private final Binder<SupportEntry> binder = new Binder<>();
    private final RequestRules rules = new RequestRules(SupportLogRequest.class);
    private final IntegerField people = new IntegerField(getTranslation("support.people"));
    private final Select<AgeBand> ageBand = choice("support.age-band", AgeBand.values());
    private final Select<Gender> gender = choice("support.gender", Gender.values());

    SupportEntryForm(List<Unit> places, List<SupportCategory> categories) {
        setPadding(false);
        String required = getTranslation("form.required");
        DateTimePicker occurredAt = DatePickers.dayAndTime(getTranslation("support.occurred-at"));
        occurredAt.setWidthFull();
        binder.forField(occurredAt).asRequired(required).bind(e -> e.occurredAt, (e, v) -> e.occurredAt = v);
        Map<String, String> names = places.stream().collect(Collectors.toMap(Unit::code, Unit::name));
        Select<String> unit = new Select<>();
        unit.setLabel(getTranslation("support.unit"));
        unit.setItems(places.stream().map(Unit::code).toList());
        unit.setItemLabelGenerator(code -> names.getOrDefault(code, code));
        unit.setWidthFull();
        binder.forField(unit).asRequired(required).bind(e -> e.unitCode, (e, v) -> e.unitCode = v);
        Map<String, String> labels = SupportCategory.labelsByCode(categories, getLocale());
        var category = new ChoiceButtons<>(getTranslation("support.category"),
                categories.stream().map(SupportCategory::code).toList(), labels::get);
        binder.forField(category).asRequired(required).bind(e -> e.categoryCode, (e, v) -> e.categoryCode = v);
        var channel = new ChoiceButtons<>(getTranslation("support.channel"), List.of(Channel.values()),
                value -> getTranslation("support.channel." + value));
        binder.forField(channel).asRequired(required).bind(e -> e.channel, (e, v) -> e.channel = v);
        people.setStepButtonsVisible(true);
        // Touch targets of a phone: Lumo's step buttons are 1.5 icon sizes wide, 36 pixels by default; 48 here.
        people.getStyle().set("--lumo-icon-size-m", "2rem").set("--vaadin-input-field-height", "var(--lumo-size-xl)");
        people.setHelperText(getTranslation("support.people.help"));
        binder.forField(people).asRequired(required).withValidator(limit(people, "peopleCount"))
                .bind(e -> e.peopleCount, (e, v) -> e.peopleCount = v);
        people.addValueChangeListener(change -> onePersonOnly());
        var outcome = new ChoiceButtons<>(getTranslation("support.outcome"), List.of(Outcome.values()),
                value -> getTranslation("support.outcome." + value));
        binder.forField(outcome).asRequired(required).bind(e -> e.outcome, (e, v) -> e.outcome = v);
        add(occurredAt, unit, category, channel, people, outcome, more());
    }

    /** Shows an entry to edit; the form edits that very object. */
    void show(SupportEntry entry) {
        binder.setBean(entry);
        onePersonOnly();
    }

    /** The entry as edited, or empty (with the fields marked) when something breaks a rule. */
    Optional<SupportEntry> entry() {
        return binder.validate().isOk() ? Optional.of(binder.getBean()) : Optional.empty();
    }

    private Details more() {
        binder.forField(ageBand).bind(e -> e.ageBand, (e, v) -> e.ageBand = v);
        binder.forField(gender).bind(e -> e.gender, (e, v) -> e.gender = v);
        IntegerField minutes = new IntegerField(getTranslation("support.duration"));
        binder.forField(minutes).withValidator(limit(minutes, "durationMinutes"))
                .bind(e -> e.durationMinutes, (e, v) -> e.durationMinutes = v);
        TextArea note = new TextArea(getTranslation("support.note"));
        note.setHelperText(getTranslation("support.note.help"));
        note.setWidthFull();
        binder.forField(note)
                .withValidator(rules.check("note", getTranslation("form.name.too-long", rules.maxLength("note"))))
                .withValidator(text -> PersonalNumbers.findIn(text).isEmpty(), getTranslation("support.note.personal"))
                .bind(e -> e.note, (e, v) -> e.note = v);
        VerticalLayout fields = new VerticalLayout(ageBand, gender, minutes, note);
        fields.setPadding(false);
        Details details = new Details(getTranslation("support.more"), fields);
        details.setWidthFull();
        return details;
    }

    /**
     * Sets the bounds of a number field from the request's constraints on {@code property}, with the message
     * for breaking them, which the field's own check (run before the form's validators) would otherwise leave
     * blank; answers the form validator of the same constraints.
     */
    private Validator<Integer> limit(IntegerField field, String property) {
        int min = rules.min(property);
        int max = rules.max(property);
        field.setMin(min);
        field.setMax(max);
        String message = getTranslation("form.number.between", min, max);
        field.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(message).setMaxErrorMessage(message)
                .setBadInputErrorMessage(message));
        return rules.check(property, message);
    }

    /** Age band and gender describe one person; a group session records only its count. */
    private void onePersonOnly() {
        boolean one = Integer.valueOf(1).equals(people.getValue());
        ageBand.setEnabled(one);
        gender.setEnabled(one);
        if (!one) {
            ageBand.clear();
            gender.clear();
        }
    }

    private <T extends Enum<T>> Select<T> choice(String key, T[] values) {
        Select<T> select = new Select<>();
        select.setLabel(getTranslation(key));
        select.setItems(Arrays.asList(values));
        select.setEmptySelectionAllowed(true);
        select.setItemLabelGenerator(value -> value == null ? "" : getTranslation(key + "." + value));
        select.setWidthFull();
        return select;
    }
}
