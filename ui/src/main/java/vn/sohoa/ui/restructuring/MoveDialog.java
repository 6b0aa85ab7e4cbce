package vn.sohoa.ui.restructuring;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Optional;
import vn.sohoa.admin.restructuring.service.Impact;
import vn.sohoa.admin.restructuring.service.MoveService;
import vn.sohoa.admin.tenants.service.TenantService;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.ui.tenancy.RoutedTenant;

/** Hangs the tenant, with everything below it, under another parent. */
class MoveDialog extends RestructuringDialog {

    private final ComboBox<TenantSnapshot> newParent;
    private final RoutedTenant current;
    private final MoveService moves;
    private final TenantSnapshot tenant;

    MoveDialog(TenantSnapshot tenant, RoutedTenant current, TenantService tenants, MoveService moves) {
        super("move.title", tenant, "move.confirm");
        this.tenant = tenant;
        this.current = current;
        this.moves = moves;
        newParent = TenantPicker.single(getTranslation("move.new-parent"), current, tenants);
        newParent.setRequired(true);
        watch(newParent);
        form.add(newParent, effectiveDate);
    }

    @Override
    protected Optional<Impact> run(boolean dryRun) {
        newParent.setInvalid(newParent.isEmpty());
        newParent.setErrorMessage(getTranslation("form.required"));
        if (!dated() || newParent.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(moves.move(current.caller(), tenant.code(), newParent.getValue().code(),
                effectiveDate.getValue(), dryRun));
    }
}
