package vn.sohoa.ui.training;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.Permission;
import vn.sohoa.platform.training.domain.Audience;
import vn.sohoa.platform.training.domain.TrainingAccess;
import vn.sohoa.platform.training.service.CourseService;
import vn.sohoa.platform.training.service.CourseSummary;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantPage;
import vn.sohoa.ui.tenancy.TenantRoutes;

import java.util.List;
import java.util.Set;

/**
 * A tenant's course catalogue: its own courses and those shared down to it. Members enrol themselves in a
 * published course with one tap; trainers and administrators also see the tenant's drafts.
 */
@Route(value = TenantRoutes.TENANT + "courses", layout = MainLayout.class)
@Menu(title = "training.courses.title", icon = "vaadin:book", order = 0.3)
public class CoursesView extends TenantPage implements HasDynamicTitle {

    /** More courses than a tenant offers; the catalogue shows them on one page. */
    private static final int ALL = 500;

    private final CourseService courses;
    private final SelfEnrolment enrolment;

    @Inject
    public CoursesView(TenantRoutes routes, CourseService courses, SelfEnrolment enrolment) {
        super(routes);
        this.courses = courses;
        this.enrolment = enrolment;
        setMaxWidth("720px");
    }

    @Override
    protected void show(RoutedTenant tenant) {
        tenant.enter(TrainingAccess.BROWSE);
        boolean author = tenant.allows(TrainingAccess.AUTHOR);
        add(new H2(getTranslation("training.courses.title")));
        Audience only = tenant.allows(Access.READ) ? null : Audience.CITIZEN;
        List<CourseSummary> offered = courses.list(new PageRequest(0, ALL), tenant.code(), only, author).items();
        if (offered.isEmpty()) {
            add(new Paragraph(getTranslation("training.courses.none")));
        }
        Set<Audience> mine = enrolment.audiences(tenant);
        offered.forEach(course -> add(card(tenant, course, mine)));
    }

    /** A course's card; one may enrol in a published course that is for one's audience here. */
    private VerticalLayout card(RoutedTenant tenant, CourseSummary course, Set<Audience> mine) {
        VerticalLayout card = new VerticalLayout();
        card.addClassName("course-card");
        card.setSpacing(false);
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");
        card.add(new H3(new RouterLink(course.title(), CourseView.class, CourseView.parameters(tenant.code(), course.id()))),
                new Span(course.code() + " · " + Audiences.of(course.audiences(), this::getTranslation)));
        if (!course.own()) {
            card.add(new Span(getTranslation("training.courses.shared-from", course.tenantCode())));
        }
        if (course.publishedVersion() == 0) {
            card.add(new Span(getTranslation("training.courses.draft")));
        } else if (!Audience.offered(course.audiences(), mine)) {
            Span other = new Span(getTranslation("training.courses.other-audience"));
            other.addClassName("course-other-audience");
            card.add(other);
        } else {
            Button enrol = new Button(getTranslation("training.courses.enrol"), click -> {
                long id = enrolment.enrol(tenant, course.id());
                getUI().ifPresent(ui -> ui.navigate(OutlineView.class, OutlineView.parameters(id)));
            });
            enrol.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            enrol.setMinHeight("48px");
            card.add(enrol);
        }
        return card;
    }

    /** The catalogue is also for those who only learn here (a LEARNER), who read nothing else of the tenant. */
    @Override
    protected Permission opensTo() {
        return TrainingAccess.BROWSE;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.courses.title") + " · Sohoa";
    }
}
