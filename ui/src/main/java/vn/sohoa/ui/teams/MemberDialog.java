package vn.sohoa.ui.teams;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.LocalDate;
import vn.sohoa.platform.teams.api.TeamMemberRequest;
import vn.sohoa.platform.teams.domain.TeamRole;
import vn.sohoa.platform.teams.service.MemberDraft;
import vn.sohoa.ui.form.DatePickers;
import vn.sohoa.ui.form.RequestRules;

/**
 * A person joining a team, checked by the constraints of {@link TeamMemberRequest}: a name, a role, their work
 * phone, optionally the platform account they sign in with, and the day they start.
 */
class MemberDialog extends Dialog {

    private final Binder<MemberDraft> binder = new Binder<>(MemberDraft.class);

    MemberDialog(LocalDate today, SerializableConsumer<MemberDraft> add) {
        setHeaderTitle(getTranslation("team.members.add"));
        String required = getTranslation("form.required");
        RequestRules rules = new RequestRules(TeamMemberRequest.class);
        TextField name = new TextField(getTranslation("team.member.name"));
        binder.forField(name).asRequired(required).withConverter(String::strip, value -> value)
                .withValidator(value -> !value.isEmpty(), required)
                .withValidator(rules.check("fullName", getTranslation("form.name.too-long", rules.maxLength("fullName"))))
                .bind("fullName");
        Select<TeamRole> role = new Select<>();
        role.setLabel(getTranslation("team.member.role"));
        role.setItems(TeamRole.values());
        role.setItemLabelGenerator(value -> getTranslation("team.role." + value));
        binder.forField(role).asRequired(required).bind("role");
        TextField phone = new TextField(getTranslation("team.member.phone"));
        binder.forField(phone).withNullRepresentation("")
                .withValidator(rules.check("phone", getTranslation("team.member.phone.invalid")))
                .bind("phone");
        TextField username = new TextField(getTranslation("team.member.username"));
        binder.forField(username).withNullRepresentation("").withConverter(text -> text == null || text.isBlank()
                ? null : text.strip(), value -> value).bind("username");
        DatePicker start = DatePickers.day(getTranslation("team.member.start"));
        binder.forField(start).asRequired(required).bind("startDate");
        DatePicker end = DatePickers.day(getTranslation("team.member.end"));
        binder.forField(end).bind("endDate");
        binder.readRecord(new MemberDraft("", TeamRole.MEMBER, null, null, today, null));
        add(name, role, phone, username, start, end);
        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        Button save = new Button(getTranslation("form.save"), click -> {
            try {
                add.accept(binder.writeRecord());
                close();
            } catch (ValidationException invalid) {
                // The fields show what is wrong.
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }
}
