package vn.sohoa.ui.units;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.sohoa.platform.paging.Page;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.units.domain.Unit;
import vn.sohoa.platform.units.service.UnitService;
import vn.sohoa.ui.tenancy.RoutedTenant;

/**
 * The sub-units of a tenant: search and grid for everyone who may read it; administrators add
 * sub-units and click a row to edit one. Shown by the sub-units page and by the tenant's detail page.
 */
public class UnitsPanel extends VerticalLayout {

    private final RoutedTenant tenant;
    private final UnitService units;
    private final UnitGrid grid = new UnitGrid();
    private final TextField search = new TextField();

    public UnitsPanel(RoutedTenant tenant, UnitService units) {
        this.tenant = tenant;
        this.units = units;
        setPadding(false);
        setSizeFull();
        search.setPlaceholder(getTranslation("units.search"));
        search.setAriaLabel(getTranslation("units.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        HorizontalLayout toolbar = new HorizontalLayout(search);
        toolbar.setWidthFull();
        toolbar.expand(search);
        // Every fetch is an HTTP request of its own, so each one enters the tenant before reading.
        grid.setItems(query -> page(new PageRequest(query.getPage(), query.getPageSize())).items().stream(),
                query -> (int) page(new PageRequest(0, 1)).total());
        if (tenant.administered()) {
            Button add = new Button(getTranslation("units.add"), VaadinIcon.PLUS.create(), click -> openNew());
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(add);
            grid.addItemClickListener(click -> openExisting(click.getItem()));
        }
        add(toolbar, grid);
    }

    private Page<Unit> page(PageRequest request) {
        tenant.enter(Access.READ);
        return units.list(request, search.getValue());
    }

    private void openNew() {
        UnitDialog.adding(draft -> {
            tenant.enter(Access.ADMINISTER);
            units.create(draft);
            changed("units.saved", draft.code());
        }).open();
    }

    private void openExisting(Unit unit) {
        UnitDialog.editing(unit, draft -> {
            tenant.enter(Access.ADMINISTER);
            units.update(unit.code(), draft, unit.version());
            changed("units.saved", unit.code());
        }, () -> {
            tenant.enter(Access.ADMINISTER);
            units.delete(unit.code());
            changed("units.deleted", unit.code());
        }).open();
    }

    private void changed(String messageKey, String code) {
        grid.getDataProvider().refreshAll();
        Notification.show(getTranslation(messageKey, code)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
