package vn.sohoa.ui.indicators;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import vn.sohoa.ui.tenancy.RoutedTenant;
import vn.sohoa.ui.tenancy.TenantRoutes;

/** Links between the report pages of a tenant: its forms, the inbox, the completeness board and the DTI preview. */
class ReportLinks extends FlexLayout {

    ReportLinks(RoutedTenant tenant) {
        link(tenant, "reports", "indicators.reports.title");
        if (tenant.administered()) {
            link(tenant, "reports/inbox", "indicators.inbox.title");
        }
        link(tenant, "completeness", "indicators.completeness.title");
        link(tenant, "dti", "indicators.dti.title");
        setFlexWrap(FlexWrap.WRAP);
        getStyle().set("gap", "var(--lumo-space-m)");
    }

    private void link(RoutedTenant tenant, String page, String key) {
        add(new Anchor(TenantRoutes.pageOf(tenant.code(), page), getTranslation(key)));
    }
}
