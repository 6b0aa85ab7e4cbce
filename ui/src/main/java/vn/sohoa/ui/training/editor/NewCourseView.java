package vn.sohoa.ui.training.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import vn.sohoa.platform.training.domain.Course;
import vn.sohoa.platform.training.domain.TrainingAccess;
import vn.sohoa.platform.training.service.CourseService;
import vn.sohoa.platform.training.service.SkillService;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantPage;
import vn.sohoa.ui.tenancy.TenantRoutes;

/** A new course of the tenant: its settings first; it is created as an empty draft and opens in the editor. */
@Route(value = TenantRoutes.TENANT + EditorCoursesView.PATH + "/new", layout = MainLayout.class)
public class NewCourseView extends TenantPage implements HasDynamicTitle {

    private final CourseService courses;
    private final SkillService skills;

    @Inject
    public NewCourseView(TenantRoutes routes, CourseService courses, SkillService skills) {
        super(routes);
        this.courses = courses;
        this.skills = skills;
        setMaxWidth("900px");
    }

    @Override
    protected void show(RoutedTenant tenant) {
        add(new H2(getTranslation("training.editor.new")));
        if (!tenant.allows(TrainingAccess.AUTHOR)) {
            add(new Paragraph(getTranslation("training.editor.not-author")));
            return;
        }
        tenant.enter(TrainingAccess.AUTHOR);
        CourseForm form = new CourseForm(skills.list());
        form.showNew();
        Button create = new Button(getTranslation("training.editor.create"), click -> form.entered()
                .ifPresent(content -> {
                    tenant.enter(TrainingAccess.AUTHOR);
                    Course course = courses.create(content);
                    getUI().ifPresent(ui -> ui.navigate(TenantRoutes.pageOf(tenant.code(),
                            EditorCoursesView.PATH + "/" + course.id())));
                }));
        create.setId("course-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setMinHeight("48px");
        add(form, create);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.editor.new") + " · Sohoa";
    }
}
