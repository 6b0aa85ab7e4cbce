package vn.sohoa.ui.training;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableConsumer;
import vn.sohoa.platform.tenancy.domain.Role;
import vn.sohoa.platform.training.api.AssignmentRequest;
import vn.sohoa.platform.training.service.CourseSummary;
import vn.sohoa.ui.form.DatePickers;
import vn.sohoa.ui.form.RequestRules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * An assignment rule: "every {role} in the tenants under {unit} completes {course} by {dd/MM/yyyy}", checked by the
 * constraints of {@link AssignmentRequest}. The unit is the tenant on screen unless a code below it is given.
 */
class AssignmentDialog extends Dialog {

    private CourseSummary course;
    private Role role = Role.TEAM_MEMBER;
    private String under;
    private LocalDate dueDate;

    AssignmentDialog(List<CourseSummary> courses, String here, SerializableConsumer<AssignmentRequest> assign) {
        setHeaderTitle(getTranslation("training.assign.title"));
        setMaxWidth("100%");
        under = here;
        String required = getTranslation("form.required");
        RequestRules rules = new RequestRules(AssignmentRequest.class);
        Binder<AssignmentDialog> binder = new Binder<>();
        ComboBox<CourseSummary> courseField = new ComboBox<>(getTranslation("training.overview.course"));
        courseField.setItems(courses);
        courseField.setItemLabelGenerator(summary -> summary.code() + " · " + summary.title());
        binder.forField(courseField).asRequired(required).bind(d -> d.course, (d, value) -> d.course = value);
        Select<Role> roleField = new Select<>();
        roleField.setLabel(getTranslation("training.assign.role"));
        // Assignment rules name the roles of a unit's people; a registered citizen (LEARNER) enrols by themself.
        roleField.setItems(EnumSet.complementOf(EnumSet.of(Role.LEARNER)));
        roleField.setItemLabelGenerator(value -> getTranslation("role." + value.name()));
        binder.forField(roleField).asRequired(required).bind(d -> d.role, (d, value) -> d.role = value);
        TextField underField = new TextField(getTranslation("training.assign.under"));
        binder.forField(underField).asRequired(required).withConverter(String::strip, value -> value)
                .withValidator(rules.check("under", getTranslation("training.assign.under.invalid")))
                .bind(d -> d.under, (d, value) -> d.under = value);
        DatePicker dueField = DatePickers.day(getTranslation("training.assign.due"));
        binder.forField(dueField).asRequired(required).bind(d -> d.dueDate, (d, value) -> d.dueDate = value);
        binder.setBean(this);
        courseField.setWidthFull();
        roleField.setWidthFull();
        underField.setWidthFull();
        dueField.setWidthFull();
        add(courseField, roleField, underField, dueField);
        Button cancel = new Button(getTranslation("form.cancel"), click -> close());
        Button save = new Button(getTranslation("training.assign.save"), click -> {
            if (binder.validate().isOk()) {
                assign.accept(new AssignmentRequest(course.id(), role, under, dueDate));
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
    }
}
