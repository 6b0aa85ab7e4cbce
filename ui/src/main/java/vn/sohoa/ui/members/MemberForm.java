package vn.sohoa.ui.members;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.theme.lumo.LumoUtility;
import vn.sohoa.admin.members.api.MemberRequest;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.ui.form.RequestRules;

/** A username and a role, in one row on a desktop and wrapping on a phone. */
class MemberForm extends FlexLayout {

    MemberForm(SerializableBiConsumer<String, Role> add) {
        TextField username = new TextField(getTranslation("member.username"));
        username.setRequired(true);
        username.setMaxLength(new RequestRules(MemberRequest.class).maxLength("username"));
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("member.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(value -> getTranslation("role." + value));
        role.setValue(Role.VIEWER);
        Button addButton = new Button(getTranslation("members.add"), VaadinIcon.PLUS.create(), click -> {
            String name = username.getValue().strip();
            username.setInvalid(name.isEmpty());
            username.setErrorMessage(getTranslation("form.required"));
            if (!name.isEmpty()) {
                add.accept(name, role.getValue());
                username.clear();
            }
        });
        addButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassNames(LumoUtility.Gap.MEDIUM);
        add(username, role, addButton);
    }
}
