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
import vn.sohoa.platform.indicators.domain.DataSet;
import vn.sohoa.platform.indicators.service.DataSetService;
import vn.sohoa.platform.indicators.service.IndicatorService;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.ui.form.FormDialog;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantPage;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * The report forms (data sets) a tenant sees: those defined above it read-only, its own editable by its
 * administrators, who also define new ones for the units below.
 */
@Route(value = TenantRoutes.TENANT + "data-sets", layout = MainLayout.class)
@Menu(title = "indicators.data-sets.title", icon = "vaadin:table", order = 0.95)
public class DataSetsView extends TenantPage implements HasDynamicTitle {

    private final DataSetService dataSets;
    private final IndicatorService indicators;
    private RoutedTenant tenant;
    private Grid<DataSet> grid;

    @Inject
    public DataSetsView(TenantRoutes routes, DataSetService dataSets, IndicatorService indicators) {
        super(routes);
        this.dataSets = dataSets;
        this.indicators = indicators;
    }

    @Override
    protected void show(RoutedTenant shown) {
        tenant = shown;
        tenant.enter(Access.READ);
        add(new H2(getTranslation("indicators.data-sets.title") + " · " + tenant.tenant().name()),
                new Paragraph(getTranslation("indicators.indicators.hint")));
        grid = new Grid<>();
        grid.setId("data-sets-grid");
        grid.addColumn(DataSet::code).setHeader(getTranslation("indicators.indicator.code")).setAutoWidth(true);
        grid.addColumn(DataSet::name).setHeader(getTranslation("indicators.indicator.name")).setFlexGrow(1);
        grid.addColumn(set -> getTranslation("indicators.enum." + set.periodType().name()) + " · "
                + getTranslation("indicators.enum." + set.window().name()))
                .setHeader(getTranslation("indicators.data-set.period-type")).setAutoWidth(true);
        grid.addColumn(set -> set.indicatorCodes().size()).setHeader(getTranslation("indicators.data-set.indicators"))
                .setAutoWidth(true);
        grid.addColumn(set -> set.tenantCode().equals(tenant.code()) ? getTranslation("indicators.own") : set.tenantCode())
                .setHeader(getTranslation("indicators.defined-by")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(grid);
        if (tenant.administered()) {
            Button add = new Button(getTranslation("indicators.data-sets.add"), click -> edit(null));
            add.setId("data-set-add");
            add(add);
            grid.addItemClickListener(click -> {
                if (click.getItem().tenantCode().equals(tenant.code())) {
                    edit(click.getItem());
                }
            });
        }
        add(new ReportLinks(tenant));
        refresh();
    }

    private void edit(DataSet existing) {
        tenant.enter(Access.READ);
        DataSetForm form = new DataSetForm(existing, indicators.visible());
        new FormDialog<>(getTranslation(existing == null ? "indicators.data-sets.add" : "indicators.data-sets.edit"),
                form, form::draft, draft -> {
            tenant.enter(Access.ADMINISTER);
            if (existing == null) {
                dataSets.create(draft);
            } else {
                dataSets.update(existing.code(), draft, existing.version());
            }
            refresh();
        }).open();
    }

    private void refresh() {
        tenant.enter(Access.READ);
        grid.setItems(dataSets.visible());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("indicators.data-sets.title") + " · Sohoa";
    }
}
