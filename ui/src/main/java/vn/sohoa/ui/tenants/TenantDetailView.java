package vn.sohoa.ui.tenants;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import vn.sohoa.ui.tenancy.CurrentTenant;
import vn.sohoa.ui.units.UnitsPanel;

/**
 * One tenant: who it is, its sub-units, members, lineage, settings and (for its administrators) audit
 * trail; the restructuring and life-cycle actions for those who govern it from above. Like every page
 * it shows the tenant chosen in the session, so the switcher moves it from one tenant to the next.
 */
@Route(value = "tenant", layout = MainLayout.class)
public class TenantDetailView extends VerticalLayout implements HasDynamicTitle {

    private String title = "";

    @Inject
    public TenantDetailView(CurrentTenant current, UnitService units, MembersPanel members, LineagePanel lineage,
                            AuditPanel audit, SettingsPanel settings, RestructuringActions actions,
                            LifecycleActions lifecycle, TenantEditActions edits) {
        setSizeFull();
        var chosen = current.chosen();
        if (chosen.isEmpty()) {
            add(new Paragraph(getTranslation("tenant.none")));
            return;
        }
        TenantSnapshot tenant = chosen.get();
        title = tenant.name();
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("units.title"), new UnitsPanel(current, units));
        tabs.add(getTranslation("members.title"), members);
        tabs.add(getTranslation("lineage.title"), lineage);
        tabs.add(getTranslation("settings.title"), settings);
        if (current.allows(Access.INSPECT)) {
            tabs.add(getTranslation("audit.title"), audit);
        }
        HorizontalLayout toolbar = new HorizontalLayout(edits, lifecycle);
        if (current.governed()) {
            toolbar.addComponentAsFirst(actions);
        }
        toolbar.setWrap(true);
        add(heading(tenant), toolbar, tabs);
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
