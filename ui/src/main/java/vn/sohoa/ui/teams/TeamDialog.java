package vn.sohoa.ui.teams;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableBiConsumer;
import java.util.List;
import vn.sohoa.platform.teams.api.TeamRequest;
import vn.sohoa.platform.units.domain.Unit;
import vn.sohoa.ui.form.RequestRules;

/** A new team: its name and the sub-unit it works in, checked by the constraints of {@link TeamRequest}. */
class TeamDialog extends Dialog {

    private String name = "";
    private Unit unit;

    TeamDialog(List<Unit> places, SerializableBiConsumer<String, String> create) {
        setHeaderTitle(getTranslation("teams.add"));
        String required = getTranslation("form.required");
        Binder<TeamDialog> binder = new Binder<>();
        TextField nameField = new TextField(getTranslation("team.name"));
        RequestRules rules = new RequestRules(TeamRequest.class);
        binder.forField(nameField).asRequired(required).withConverter(String::strip, value -> value)
                .withValidator(value -> !value.isEmpty(), required)
                .withValidator(rules.check("name", getTranslation("form.name.too-long", rules.maxLength("name"))))
                .bind(dialog -> dialog.name, (dialog, value) -> dialog.name = value);
        Select<Unit> unitField = new Select<>();
        unitField.setLabel(getTranslation("team.unit"));
        unitField.setItems(places);
        unitField.setItemLabelGenerator(Unit::name);
        binder.forField(unitField).asRequired(required).bind(dialog -> dialog.unit, (dialog, value) -> dialog.unit = value);
        binder.setBean(this);
        nameField.setWidthFull();
        unitField.setWidthFull();
        add(nameField, unitField);
        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        Button save = new Button(getTranslation("form.save"), click -> {
            if (binder.validate().isOk()) {
                create.accept(name, unit.code());
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }
}
