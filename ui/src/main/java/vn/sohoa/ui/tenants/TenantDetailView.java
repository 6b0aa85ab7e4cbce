package vn.sohoa.ui.tenants;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.inject.Inject;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.units.service.UnitService;
import vn.sohoa.ui.audit.AuditPanel;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.lifecycle.LifecycleActions;
import vn.sohoa.ui.members.MembersPanel;
import vn.sohoa.ui.restructuring.LineagePanel;
import vn.sohoa.ui.restructuring.RestructuringActions;
import vn.sohoa.ui.settings.SettingsPanel;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantPage;
import vn.sohoa.ui.tenancy.TenantRoutes;
import vn.sohoa.ui.units.UnitsPanel;

/**
 * One tenant: who it is, its sub-units, members, lineage, settings and (for its administrators) audit
 * trail; the restructuring and life-cycle actions for those who govern it from above. Its address,
 * {@code /t/{code}/tenant}, names the tenant, so the page of a commune can be bookmarked or sent.
 */
@Route(value = TenantRoutes.TENANT + "tenant", layout = MainLayout.class)
public class TenantDetailView extends TenantPage implements HasDynamicTitle {

    private final UnitService units;
    private final MembersPanel members;
    private final LineagePanel lineage;
    private final AuditPanel audit;
    private final SettingsPanel settings;
    private final RestructuringActions actions;
    private final LifecycleActions lifecycle;
    private final TenantEditActions edits;
    private String title = "";

    @Inject
    public TenantDetailView(TenantRoutes routes, UnitService units, MembersPanel members, LineagePanel lineage,
                            AuditPanel audit, SettingsPanel settings, RestructuringActions actions,
                            LifecycleActions lifecycle, TenantEditActions edits) {
        super(routes);
        this.units = units;
        this.members = members;
        this.lineage = lineage;
        this.audit = audit;
        this.settings = settings;
        this.actions = actions;
        this.lifecycle = lifecycle;
        this.edits = edits;
        setSizeFull();
    }

    @Override
    protected void show(RoutedTenant tenant) {
        title = tenant.tenant().name();
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("units.title"), new UnitsPanel(tenant, units));
        tabs.add(getTranslation("members.title"), members.show(tenant));
        tabs.add(getTranslation("lineage.title"), lineage.show(tenant));
        tabs.add(getTranslation("settings.title"), settings.show(tenant));
        if (tenant.allows(Access.INSPECT)) {
            tabs.add(getTranslation("audit.title"), audit.show(tenant));
        }
        HorizontalLayout toolbar = new HorizontalLayout(edits.show(tenant), lifecycle.show(tenant));
        if (tenant.governed()) {
            toolbar.addComponentAsFirst(actions.show(tenant));
        }
        toolbar.setWrap(true);
        add(heading(tenant.tenant()), toolbar, tabs);
        setFlexGrow(1, tabs);
    }

    @Override
    public String getPageTitle() {
        return title + " · Sohoa";
    }

    private HorizontalLayout heading(TenantSnapshot tenant) {
        Span facts = new Span(String.join(" · ", tenant.code(), getTranslation("tenant.kind." + tenant.kind()),
                getTranslation("tenant.status." + tenant.status())));
        facts.addClassNames(LumoUtility.TextColor.SECONDARY);
        HorizontalLayout heading = new HorizontalLayout(new H2(tenant.name()), facts);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        heading.setWrap(true);
        return heading;
    }
}
