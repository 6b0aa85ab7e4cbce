package vn.sohoa.ui.training;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.inject.Inject;
import java.time.Clock;
import vn.sohoa.platform.http.PathIds;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.training.domain.CourseContent;
import vn.sohoa.platform.training.domain.Audience;
import vn.sohoa.platform.tenancy.domain.Permission;
import vn.sohoa.platform.training.domain.TrainingAccess;
import vn.sohoa.platform.training.service.CourseDetail;
import vn.sohoa.platform.training.service.CourseService;
import vn.sohoa.platform.training.service.EnrolmentImport;
import vn.sohoa.platform.training.service.ExternalCompletions;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantPage;
import vn.sohoa.ui.tenancy.TenantRoutes;

import java.util.Optional;

/**
 * A course as a tenant offers it: what it is, for whom, its outline, and the enrol button. A course neither the
 * tenant's own nor shared down to it is not found, like a tenant the person may not see.
 */
@Route(value = TenantRoutes.TENANT + "courses/:" + CourseView.COURSE, layout = MainLayout.class)
public class CourseView extends TenantPage implements HasDynamicTitle {

    static final String COURSE = "course";

    private final CourseService courses;
    private final EnrolmentImport imports;
    private final SelfEnrolment enrolment;
    private final ExternalCompletions externals;
    private final Learner learner;
    private final Clock clock;
    private String title = "";

    @Inject
    public CourseView(TenantRoutes routes, CourseService courses, SelfEnrolment enrolment, EnrolmentImport imports,
                      ExternalCompletions externals, Learner learner, Clock clock) {
        super(routes);
        this.courses = courses;
        this.enrolment = enrolment;
        this.imports = imports;
        this.externals = externals;
        this.learner = learner;
        this.clock = clock;
        setMaxWidth("720px");
    }

    static RouteParameters parameters(String tenant, long course) {
        return new RouteParameters(java.util.Map.of(TenantRoutes.CODE, tenant, COURSE, Long.toString(course)));
    }

    @Override
    protected void show(RoutedTenant tenant) {
        tenant.enter(TrainingAccess.BROWSE);
        Optional<CourseDetail> found;
        try {
            found = courses.find(PathIds.parse(parameter(COURSE).orElse(null), COURSE), tenant.allows(TrainingAccess.AUTHOR),
                    tenant.allows(Access.READ) ? null : Audience.CITIZEN);
        } catch (ProblemException notANumber) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        CourseDetail course = found.get();
        CourseContent content = course.content();
        title = content.title();
        add(new H2(title), new Span(content.code() + " · " + Audiences.of(content.audiences(), this::getTranslation)));
        if (content.summary() != null) {
            add(new Paragraph(content.summary()));
        }
        content.sections().forEach(section -> {
            add(new H3(section.title()));
            section.lessons().forEach(lesson -> add(new Paragraph(lesson.title() + " — " + LessonFacts.of(
                    lesson.kind().name(), lesson.durationMinutes(), lesson.mandatory(), this::getTranslation))));
        });
        if (course.withdrawnAt() != null) {
            add(new Paragraph(getTranslation("training.courses.withdrawn")));
        } else if (course.publishedVersion() > 0) {
            Button enrol = new Button(getTranslation("training.courses.enrol"), click -> {
                long id = enrolment.enrol(tenant, course.id());
                getUI().ifPresent(ui -> ui.navigate(OutlineView.class, OutlineView.parameters(id)));
            });
            enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            enrol.setMinHeight("48px");
            add(enrol);
            if (tenant.allows(TrainingAccess.LEARN)) {
                Button elsewhere = new Button(getTranslation("training.external.record"), click ->
                        new ExternalCompletionDialog(tenant, externals, learner, clock, course.id()).open());
                elsewhere.setId("external-record");
                elsewhere.setMinHeight("48px");
                add(elsewhere);
            }
            if (tenant.allows(TrainingAccess.AUTHOR)) {
                Button fromFile = new Button(getTranslation("training.csv.title"),
                        click -> new EnrolmentFileDialog(tenant, imports, course.id()).open());
                fromFile.setId("enrolment-file");
                fromFile.setMinHeight("48px");
                add(fromFile);
            }
        }
    }

    /** The catalogue is also for those who only learn here (a LEARNER), who read nothing else of the tenant. */
    @Override
    protected Permission opensTo() {
        return TrainingAccess.BROWSE;
    }

    @Override
    public String getPageTitle() {
        return title + " · Sohoa";
    }
}
