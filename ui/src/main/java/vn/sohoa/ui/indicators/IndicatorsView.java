package vn.sohoa.ui.indicators;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.time.Clock;
import vn.sohoa.platform.categories.domain.SupportCategory;
import vn.sohoa.platform.categories.service.SupportCategoryService;
import vn.sohoa.platform.indicators.domain.Indicator;
import vn.sohoa.platform.indicators.service.IndicatorService;
import vn.sohoa.platform.indicators.service.TargetService;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.ui.form.FormDialog;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantPage;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * The indicators a tenant uses: inherited ones (the province's catalogue) read-only, its own editable by its
 * administrators, who also define new ones; below, the tenant's targets per indicator and year with progress.
 */
@Route(value = TenantRoutes.TENANT + "indicators", layout = MainLayout.class)
@Menu(title = "indicators.indicators.title", icon = "vaadin:list-ol", order = 0.94)
public class IndicatorsView extends TenantPage implements HasDynamicTitle {

    private final IndicatorService indicators;
    private final TargetService targets;
    private final Clock clock;
    private final SupportCategoryService categories;
    private RoutedTenant tenant;
    private Grid<Indicator> grid;

    @Inject
    public IndicatorsView(TenantRoutes routes, IndicatorService indicators, TargetService targets, Clock clock,
                          SupportCategoryService categories) {
        super(routes);
        this.indicators = indicators;
        this.targets = targets;
        this.clock = clock;
        this.categories = categories;
    }

    @Override
    protected void show(RoutedTenant shown) {
        tenant = shown;
        tenant.enter(Access.READ);
        add(new H2(getTranslation("indicators.indicators.title") + " · " + tenant.tenant().name()),
                new Paragraph(getTranslation("indicators.indicators.hint")));
        grid = new Grid<>();
        grid.setId("indicators-grid");
        grid.addColumn(Indicator::code).setHeader(getTranslation("indicators.indicator.code")).setAutoWidth(true);
        grid.addColumn(Indicator::name).setHeader(getTranslation("indicators.indicator.name")).setFlexGrow(1);
        grid.addColumn(indicator -> getTranslation("indicators.enum." + indicator.kind().name()) + " · " + indicator.unit())
                .setHeader(getTranslation("indicators.indicator.kind")).setAutoWidth(true);
        grid.addColumn(indicator -> indicator.dtiPillar() == null ? "–" : indicator.dtiPillar().nameVi())
                .setHeader(getTranslation("indicators.indicator.pillar")).setAutoWidth(true);
        grid.addColumn(indicator -> indicator.tenantCode().equals(tenant.code())
                        ? getTranslation("indicators.own") : indicator.tenantCode())
                .setHeader(getTranslation("indicators.defined-by")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid);
        if (tenant.administered()) {
            Button add = new Button(getTranslation("indicators.indicators.add"), click -> edit(null));
            add.setId("indicator-add");
            add(add);
            grid.addItemClickListener(click -> {
                if (click.getItem().tenantCode().equals(tenant.code())) {
                    edit(click.getItem());
                }
            });
        }
        add(new TargetsPanel(tenant, indicators, targets, clock));
        refresh();
    }

    private void edit(Indicator existing) {
        tenant.enter(Access.READ);
        IndicatorForm form = new IndicatorForm(existing, SupportCategory.labelsByCode(categories.list(), getLocale()));
        new FormDialog<>(getTranslation(existing == null ? "indicators.indicators.add" : "indicators.indicators.edit"),
                form, form::draft, draft -> {
            tenant.enter(Access.ADMINISTER);
            if (existing == null) {
                indicators.create(draft);
            } else {
                indicators.update(existing.code(), draft, existing.version());
            }
            refresh();
        }).open();
    }

    private void refresh() {
        tenant.enter(Access.READ);
        grid.setItems(indicators.visible());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("indicators.indicators.title") + " · Sohoa";
    }
}
