package vn.sohoa.ui.training.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.inject.Inject;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.training.domain.TrainingAccess;
import vn.sohoa.platform.training.service.AuthoredCourses;
import vn.sohoa.platform.training.service.AuthoredCourses.AuthoredCourse;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantPage;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * The courses a tenant's trainers and administrators make: its own courses, searched by code or title without
 * diacritics and read page by page, each with where its draft stands (never published, published as version N, or
 * changed since); a row opens the editor, a button starts a new course.
 */
@Route(value = TenantRoutes.TENANT + EditorCoursesView.PATH, layout = MainLayout.class)
@Menu(title = "training.editor.title", icon = "vaadin:edit", order = 0.35)
public class EditorCoursesView extends TenantPage implements HasDynamicTitle {

    static final String PATH = "training/courses";

    private final AuthoredCourses authored;

    @Inject
    public EditorCoursesView(TenantRoutes routes, AuthoredCourses authored) {
        super(routes);
        this.authored = authored;
    }

    @Override
    protected void show(RoutedTenant tenant) {
        add(new H2(getTranslation("training.editor.title") + " · " + tenant.tenant().name()));
        if (!tenant.allows(TrainingAccess.AUTHOR)) {
            add(new Paragraph(getTranslation("training.editor.not-author")));
            return;
        }
        TextField search = new TextField();
        search.setId("course-search");
        search.setPlaceholder(getTranslation("training.editor.search"));
        search.setAriaLabel(getTranslation("training.editor.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        Button create = new Button(getTranslation("training.editor.new"), VaadinIcon.PLUS.create(), click ->
                getUI().ifPresent(ui -> ui.navigate(TenantRoutes.pageOf(tenant.code(), PATH + "/new"))));
        create.setId("course-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setMinHeight("48px");
        Grid<AuthoredCourse> grid = new Grid<>();
        grid.setId("editor-courses");
        grid.addColumn(course -> course.title() + " (" + course.code() + ")")
                .setHeader(getTranslation("training.editor.course-title")).setFlexGrow(1);
        grid.addColumn(this::state).setHeader(getTranslation("training.editor.state")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Every fetch is an HTTP request of its own, so each one enters the tenant before reading.
        grid.setItems(query -> {
            tenant.enter(TrainingAccess.AUTHOR);
            return authored.list(new PageRequest(query.getPage(), query.getPageSize()), search.getValue()).items().stream();
        }, query -> {
            tenant.enter(TrainingAccess.AUTHOR);
            return (int) authored.list(new PageRequest(0, 1), search.getValue()).total();
        });
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(
                TenantRoutes.pageOf(tenant.code(), PATH + "/" + click.getItem().id()))));
        FlexLayout bar = new FlexLayout(search, create);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.getStyle().set("gap", "var(--lumo-space-s)");
        bar.setWidthFull();
        bar.setFlexGrow(1, search);
        add(bar, grid, new RouterLink(getTranslation("training.editor.skills.link"), SkillsView.class,
                new RouteParameters(TenantRoutes.CODE, tenant.code())));
        setSizeFull();
    }

    private String state(AuthoredCourse course) {
        if (course.withdrawnAt() != null) {
            return getTranslation("training.editor.state.withdrawn",
                    VietnamCalendar.DAY.withZone(VietnamCalendar.ZONE).format(course.withdrawnAt()));
        }
        if (course.publishedVersion() == 0) {
            return getTranslation("training.editor.state.draft");
        }
        String published = getTranslation("training.editor.state.version", course.publishedVersion(),
                VietnamCalendar.DAY.withZone(VietnamCalendar.ZONE).format(course.publishedAt()));
        return course.draftPublished() ? published : published + " · " + getTranslation("training.editor.state.unpublished");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.editor.title") + " · Sohoa";
    }
}
