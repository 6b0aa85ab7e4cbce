package vn.sohoa.ui.pilots;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.sohoa.platform.pilots.domain.PilotTemplate;
import vn.sohoa.platform.pilots.service.PilotTemplateService;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantPage;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * The pilot model templates the route's tenant may start from: its own, which its administrators create and
 * edit, and those of the tenants above it, read-only here.
 */
@Route(value = TenantRoutes.TENANT + "pilot-templates", layout = MainLayout.class)
public class TemplatesView extends TenantPage implements HasDynamicTitle {

    private final PilotTemplateService templates;

    @Inject
    public TemplatesView(TenantRoutes routes, PilotTemplateService templates) {
        super(routes);
        this.templates = templates;
    }

    @Override
    protected void show(RoutedTenant tenant) {
        tenant.enter(Access.READ);
        add(new H2(getTranslation("pilots.templates.title") + " · " + tenant.tenant().name()));
        boolean administered = tenant.administered();
        if (administered) {
            Button create = new Button(getTranslation("pilots.templates.new"), VaadinIcon.PLUS.create(),
                    click -> new TemplateDialog(null, request -> {
                        tenant.enter(Access.ADMINISTER);
                        saved(tenant, templates.create(request));
                    }).open());
            create.setId("template-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        add(new Paragraph(getTranslation("pilots.templates.help")));
        Grid<PilotTemplate> grid = new Grid<>();
        grid.setId("pilot-templates");
        // Name over field, suited kinds and keeper: one column, which fits a phone.
        grid.addColumn(TwoLines.<PilotTemplate>of(PilotTemplate::name, template -> Stream.of(
                        getTranslation("pilots.field." + template.field().name()),
                        template.suitedKinds().stream().map(kind -> getTranslation("pilots.templates.kind." + kind.name()))
                                .collect(Collectors.joining(", ")),
                        template.tenantCode().equals(tenant.code()) ? getTranslation("pilots.templates.own")
                                : getTranslation("pilots.templates.keeper") + ": " + template.tenantCode())
                        .filter(text -> !text.isEmpty()).collect(Collectors.joining(" · "))))
                .setHeader(getTranslation("pilots.templates.name")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(templates.visible());
        grid.addItemClickListener(click -> {
            PilotTemplate template = click.getItem();
            if (administered && template.tenantCode().equals(tenant.code())) {
                new TemplateDialog(template, request -> {
                    tenant.enter(Access.ADMINISTER);
                    saved(tenant, templates.update(template.id(), request, request.version()));
                }).open();
            }
        });
        add(grid);
    }

    private void saved(RoutedTenant tenant, PilotTemplate template) {
        Notification.show(getTranslation("pilots.templates.saved", template.name()))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        removeAll();
        show(tenant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pilots.templates.title") + " · Sohoa";
    }
}
