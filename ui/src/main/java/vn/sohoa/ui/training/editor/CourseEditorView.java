package vn.sohoa.ui.training.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import vn.sohoa.platform.training.domain.TrainingAccess;
import vn.sohoa.platform.training.service.AuthoredCourses;
import vn.sohoa.platform.training.service.CourseDetail;
import vn.sohoa.platform.training.service.CourseService;
import vn.sohoa.platform.training.service.LessonFiles;
import vn.sohoa.platform.training.service.LessonText;
import vn.sohoa.platform.training.service.SkillService;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantPage;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * The editor of one of the tenant's courses: its settings, its content, its question bank and its publication,
 * each a tab. Only the trainers and administrators of the course's own tenant reach it: anyone else, and a course
 * of another tenant (even one shared down here), get the not-found page.
 */
@Route(value = TenantRoutes.TENANT + EditorCoursesView.PATH + "/:" + CourseEditorView.COURSE + "([0-9]{1,18})",
        layout = MainLayout.class)
public class CourseEditorView extends TenantPage implements HasDynamicTitle {

    static final String COURSE = "course";

    private final CourseService courses;
    private final AuthoredCourses authored;
    private final SkillService skills;
    private final LessonText text;
    private final LessonFiles files;
    private String title = "";

    @Inject
    public CourseEditorView(TenantRoutes routes, CourseService courses, AuthoredCourses authored, SkillService skills,
                            LessonText text, LessonFiles files) {
        super(routes);
        this.courses = courses;
        this.authored = authored;
        this.skills = skills;
        this.text = text;
        this.files = files;
        setMaxWidth("900px");
    }

    @Override
    protected void show(RoutedTenant tenant) {
        if (!tenant.allows(TrainingAccess.AUTHOR)) {
            throw new NotFoundException();
        }
        tenant.enter(TrainingAccess.AUTHOR);
        long id = Long.parseLong(parameter(COURSE).orElseThrow());
        CourseDetail detail = courses.find(id, true, null).filter(CourseDetail::draft).orElseThrow(NotFoundException::new);
        EditedCourse course = new EditedCourse(tenant, courses, detail);
        H2 heading = new H2();
        heading.setId("course-heading");
        course.onChange(() -> heading.setText(course.content().title()));
        heading.setText(detail.content().title());
        title = detail.content().title();
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("training.editor.tab.settings"), settings(course));
        tabs.add(getTranslation("training.editor.tab.content"), new ContentPanel(course, text, files));
        tabs.add(getTranslation("training.editor.tab.questions"), new QuestionBankPanel(course));
        tabs.add(getTranslation("training.editor.tab.publish"), new PublishPanel(course, authored));
        add(new RouterLink(getTranslation("training.editor.back"), EditorCoursesView.class,
                new RouteParameters(TenantRoutes.CODE, tenant.code())), heading, tabs);
    }

    private VerticalLayout settings(EditedCourse course) {
        CourseForm form = new CourseForm(skills.list());
        form.show(course.content());
        Button save = new Button(getTranslation("form.save"), click -> form.entered().ifPresent(entered -> {
            course.change(content -> Drafts.withContentOf(entered, content));
            Notification.show(getTranslation("training.editor.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }));
        save.setId("course-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setMinHeight("48px");
        VerticalLayout panel = new VerticalLayout(form, save);
        panel.setPadding(false);
        return panel;
    }

    @Override
    public String getPageTitle() {
        return title + " · Sohoa";
    }
}
