package vn.sohoa.ui.tenants;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import vn.sohoa.admin.tenants.service.TenantDraft;
import vn.sohoa.admin.tenants.service.TenantService;
import vn.sohoa.ui.imports.TenantImportView;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * Every tenant the person may see, as a tree opened branch by branch. The search ignores case and
 * diacritics, so "dai thanh" finds "Đại Thành" on a keyboard without Vietnamese input. A click opens
 * the tenant's page. A province administrator adds top-level tenants here; tenants below are added from
 * their parent's page. The tree is no page of one tenant, so its address names none.
 */
@Route(value = "tenants", layout = MainLayout.class)
@Menu(title = "tenants.title", icon = "vaadin:file-tree", order = 2)
public class TenantsView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public TenantsView(TenantRoutes routes, TenantService tenants) {
        setSizeFull();
        TenantTreeData data = new TenantTreeData(routes, tenants);
        TenantTree tree = new TenantTree(data, tenant -> open(tenant.code()));

        TextField search = new TextField();
        search.setPlaceholder(getTranslation("tenants.search"));
        search.setAriaLabel(getTranslation("tenants.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> data.search(change.getValue()));

        Button importFile = new Button(getTranslation("import.title"), VaadinIcon.UPLOAD.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(TenantImportView.class)));
        HorizontalLayout toolbar = new HorizontalLayout(search, importFile);
        if (routes.caller().provinceAdmin()) {
            toolbar.add(new Button(getTranslation("tenants.add-top"), VaadinIcon.PLUS.create(), click ->
                    TenantForm.dialog(getTranslation("tenants.add-top"), TenantFields.BLANK, fields -> {
                        tenants.create(routes.caller(), new TenantDraft(fields.code(), fields.name(), fields.kind(), null));
                        open(fields.code());
                    }).open()));
        }
        toolbar.setWidthFull();
        toolbar.setWrap(true);
        search.setMinWidth("14rem");
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.expand(search);
        add(new H2(getTranslation("tenants.title")), toolbar, tree);
    }

    private void open(String code) {
        getUI().ifPresent(ui -> ui.navigate(TenantRoutes.pageOf(code, "tenant")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tenants.title") + " · Sohoa";
    }
}
