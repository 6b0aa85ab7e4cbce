package vn.sohoa.ui.training;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;
import vn.sohoa.platform.files.store.StoredFile;
import vn.sohoa.platform.files.store.StoredFiles;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.training.domain.ExternalCompletion;
import vn.sohoa.platform.training.domain.ExternalStatus;
import vn.sohoa.platform.training.domain.TrainingAccess;
import vn.sohoa.platform.training.service.CourseService;
import vn.sohoa.platform.training.service.CourseSummary;
import vn.sohoa.platform.training.service.ExternalCompletions;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantDownload;
import vn.sohoa.ui.tenancy.TenantPage;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * The review queue of certificates from other platforms, for a tenant's trainers and administrators: each waiting
 * record with its person, course, platform and day, its file (opened on a tap), and accept / refuse (with a reason).
 */
@Route(value = TenantRoutes.TENANT + "training/external-completions", layout = MainLayout.class)
@Menu(title = "training.external.title", icon = "vaadin:diploma", order = 0.33)
public class ExternalReviewView extends TenantPage implements HasDynamicTitle {

    /** More records than a tenant has waiting at once; the queue shows them on one page. */
    private static final int LISTED = 200;

    private final ExternalCompletions externals;
    private final StoredFiles files;
    private final CourseService courses;

    @Inject
    public ExternalReviewView(TenantRoutes routes, ExternalCompletions externals, StoredFiles files,
                              CourseService courses) {
        super(routes);
        this.externals = externals;
        this.files = files;
        this.courses = courses;
        setMaxWidth("720px");
    }

    @Override
    protected void show(RoutedTenant tenant) {
        add(new H2(getTranslation("training.external.title")));
        if (!tenant.allows(TrainingAccess.AUTHOR)) {
            add(new Paragraph(getTranslation("training.external.not-author")));
            return;
        }
        tenant.enter(TrainingAccess.AUTHOR);
        Map<Long, String> titles = courses.list(new PageRequest(0, LISTED), tenant.code(), null, false).items().stream()
                .collect(Collectors.toMap(CourseSummary::id, CourseSummary::title));
        var waiting = externals.list(ExternalStatus.PENDING, new PageRequest(0, LISTED)).items();
        if (waiting.isEmpty()) {
            add(new Paragraph(getTranslation("training.external.none")));
        }
        waiting.forEach(record -> add(card(tenant, record, titles.getOrDefault(record.courseId(), "#" + record.courseId()))));
    }

    private VerticalLayout card(RoutedTenant tenant, ExternalCompletion record, String course) {
        VerticalLayout card = new VerticalLayout();
        card.addClassName("external-completion");
        card.setSpacing(false);
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");
        String person = record.learnerName() == null ? record.username() : record.learnerName() + " (" + record.username() + ")";
        card.add(new H3(person), new Span(course),
                new Span(getTranslation("training.external.from", record.platform(), Days.of(record.completedOn()))));
        files.find(record.fileId()).ifPresent(file -> card.add(fileLink(tenant, record, file)));
        Button accept = new Button(getTranslation("training.external.accept"), click -> {
            tenant.enter(TrainingAccess.AUTHOR);
            externals.accept(record.id(), tenant.caller().username());
            card.removeFromParent();
            Notification.show(getTranslation("training.external.accepted", person))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setMinHeight("48px");
        Button refuse = new Button(getTranslation("training.external.refuse"), click -> new RefusalDialog(reason -> {
            tenant.enter(TrainingAccess.AUTHOR);
            externals.refuse(record.id(), tenant.caller().username(), reason);
            card.removeFromParent();
            Notification.show(getTranslation("training.external.refused", person));
        }).open());
        refuse.setMinHeight("48px");
        card.add(new HorizontalLayout(accept, refuse));
        return card;
    }

    private Anchor fileLink(RoutedTenant tenant, ExternalCompletion record, StoredFile file) {
        Anchor open = new Anchor(new TenantDownload(tenant, TrainingAccess.AUTHOR, code -> file.name(),
                file.kind().mediaType(), out -> files.copy(file.id(), out)), getTranslation("training.external.file",
                file.name()));
        open.setTarget(AnchorTarget.BLANK);
        return open;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.external.title") + " · Sohoa";
    }
}
