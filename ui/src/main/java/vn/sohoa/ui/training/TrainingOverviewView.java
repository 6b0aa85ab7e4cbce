package vn.sohoa.ui.training;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import vn.sohoa.platform.files.TableFormat;
import vn.sohoa.platform.files.TableWriter;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.service.TenantGate;
import vn.sohoa.platform.training.api.AssignmentRequest;
import vn.sohoa.platform.training.domain.TrainingAccess;
import vn.sohoa.platform.training.service.AssignmentService;
import vn.sohoa.platform.training.service.CourseService;
import vn.sohoa.platform.training.service.CourseSummary;
import vn.sohoa.platform.training.service.TrainingOverview;
import vn.sohoa.platform.training.service.TrainingOverviewService;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantDownload;
import vn.sohoa.ui.tenancy.TenantPage;
import vn.sohoa.ui.tenancy.TenantRoutes;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Who has been trained, unit by unit: the tenant's own people and each child's subtree, of all courses or one,
 * as a table and a bar chart, straight from the tallies the enrolments keep. A tap on a child drills down into it;
 * the table downloads as an Excel workbook.
 */
@Route(value = TenantRoutes.TENANT + "training", layout = MainLayout.class)
@Menu(title = "training.overview.title", icon = "vaadin:chart-grid", order = 0.4)
public class TrainingOverviewView extends TenantPage implements HasDynamicTitle {

    /** More courses than a tenant offers, for the course filter. */
    private static final int ALL = 500;

    private final TrainingOverviewService overviews;
    private final CourseService courses;
    private final AssignmentService assignments;
    private final TenantGate gate;
    private RoutedTenant tenant;
    private OverviewGrid grid;
    private OverviewChart chart;
    private Anchor download;

    @Inject
    public TrainingOverviewView(TenantRoutes routes, TrainingOverviewService overviews, CourseService courses,
                                AssignmentService assignments, TenantGate gate) {
        super(routes);
        this.overviews = overviews;
        this.courses = courses;
        this.assignments = assignments;
        this.gate = gate;
    }

    @Override
    protected void show(RoutedTenant shown) {
        tenant = shown;
        tenant.enter(Access.READ);
        ComboBox<CourseSummary> course = new ComboBox<>(getTranslation("training.overview.course"));
        course.setId("training-course");
        List<CourseSummary> published = courses.list(new PageRequest(0, ALL), tenant.code(), null, false).items();
        course.setItems(published);
        course.setItemLabelGenerator(summary -> summary.code() + " · " + summary.title());
        course.setPlaceholder(getTranslation("training.overview.all-courses"));
        course.setClearButtonVisible(true);
        course.setWidthFull();
        course.setMaxWidth("480px");
        grid = new OverviewGrid(tenant.code());
        grid.addItemClickListener(click -> {
            if (!click.getItem().tenantCode().equals(tenant.code())) {
                getUI().ifPresent(ui -> ui.navigate(TenantRoutes.pageOf(click.getItem().tenantCode(), "training")));
            }
        });
        chart = new OverviewChart(getTranslation("training.overview.chart"));
        download = new Anchor();
        download.setText(getTranslation("training.overview.download"));
        download.setId("training-download");
        course.addValueChangeListener(change -> refresh(change.getValue() == null ? null : change.getValue().id()));
        add(new H2(getTranslation("training.overview.heading", tenant.tenant().name())), course,
                new Paragraph(getTranslation("training.overview.drill")), grid, download, chart);
        if (tenant.allows(TrainingAccess.AUTHOR)) {
            Button assign = new Button(getTranslation("training.assign.title"), click ->
                    new AssignmentDialog(published, tenant.code(), this::assign).open());
            assign.setId("training-assign");
            add(assign);
        }
        refresh(null);
    }

    /** Makes the rule as the API does and says how many people it enrolled. */
    private void assign(AssignmentRequest request) {
        TenantSnapshot here = tenant.enter(TrainingAccess.AUTHOR);
        TenantSnapshot under = request.under().equals(here.code()) ? here
                : gate.check(tenant.caller(), request.under(), Access.READ);
        long enrolled = assignments.assign(here, request.courseId(), request.role(), under, request.dueDate()).enrolled();
        Notification.show(getTranslation("training.assign.done", enrolled))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh(null);
    }

    private void refresh(Long courseId) {
        tenant.enter(Access.READ);
        TrainingOverview overview = overviews.overview(tenant.code(), courseId);
        List<TrainingOverview.Figures> rows = new ArrayList<>(overview.rows());
        rows.add(overview.total());
        grid.setItems(rows);
        chart.show(overview.rows());
        download.setHref(new TenantDownload(tenant, Access.READ, code -> "training-" + code + ".xlsx",
                TableFormat.XLSX.contentType(), stream -> {
            try (TableWriter table = TableWriter.of(TableFormat.XLSX, stream, getTranslation("training.overview.title"),
                    header())) {
                rows.forEach(row -> table.row(List.of(row.tenantCode(), row.tenantName(), row.assigned(),
                        row.enrolled(), row.completed(), row.completionPercent(), row.overdue(),
                        row.teamMembersAssigned(), row.teamMembersDone(), row.teamMembersDonePercent())));
            }
        }));
    }

    private List<String> header() {
        return Stream.of("code", "unit", "assigned", "enrolled", "completed", "completion", "overdue",
                "team-members-assigned", "team-members-done", "team-members-done-percent")
                .map(column -> getTranslation("training.overview.column." + column)).toList();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.overview.title") + " · Sohoa";
    }
}
