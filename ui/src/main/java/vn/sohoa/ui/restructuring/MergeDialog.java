package vn.sohoa.ui.restructuring;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sohoa.admin.restructuring.service.Impact;
import vn.sohoa.admin.restructuring.service.MergeService;
import vn.sohoa.admin.restructuring.service.MergeTarget;
import vn.sohoa.admin.tenants.service.TenantDraft;
import vn.sohoa.admin.tenants.service.TenantService;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.ui.tenancy.RoutedTenant;

/**
 * Merges the tenant, and any others picked, into a successor: an existing tenant (A → B), or a new one
 * of the same kind under the same parent (A + B → C).
 */
class MergeDialog extends RestructuringDialog {

    private final TenantSnapshot tenant;
    private final RoutedTenant current;
    private final MergeService merges;
    private final MultiSelectComboBox<TenantSnapshot> others;
    private final RadioButtonGroup<Boolean> intoNew = new RadioButtonGroup<>();
    private final ComboBox<TenantSnapshot> existing;
    private final TextField newCode = new TextField();
    private final TextField newName = new TextField();

    MergeDialog(TenantSnapshot tenant, RoutedTenant current, TenantService tenants, MergeService merges) {
        super("merge.title", tenant, "merge.confirm");
        this.tenant = tenant;
        this.current = current;
        this.merges = merges;
        others = TenantPicker.many(getTranslation("merge.others"), current, tenants);
        existing = TenantPicker.single(getTranslation("merge.into-existing"), current, tenants);
        intoNew.setLabel(getTranslation("merge.successor"));
        intoNew.setItems(false, true);
        intoNew.setItemLabelGenerator(fresh -> getTranslation(fresh ? "merge.new" : "merge.existing"));
        intoNew.setValue(false);
        newCode.setLabel(getTranslation("tenant.code"));
        newName.setLabel(getTranslation("tenant.name"));
        intoNew.addValueChangeListener(change -> showTarget());
        showTarget();
        List.of(others, intoNew, existing, newCode, newName).forEach(this::watch);
        form.add(others, intoNew, existing, newCode, newName, effectiveDate);
        form.setColspan(others, 2);
        form.setColspan(intoNew, 2);
    }

    /** The code of the successor as the fields name it. */
    String successorCode() {
        return target().code();
    }

    @Override
    protected Optional<Impact> run(boolean dryRun) {
        boolean fresh = intoNew.getValue();
        existing.setInvalid(!fresh && existing.isEmpty());
        existing.setErrorMessage(getTranslation("form.required"));
        boolean valid = fresh ? validNewTenant(newCode, newName) : !existing.isEmpty();
        if (!dated() || !valid) {
            return Optional.empty();
        }
        List<String> sources = new ArrayList<>(List.of(tenant.code()));
        others.getValue().stream().map(TenantSnapshot::code).filter(code -> !sources.contains(code))
                .sorted().forEach(sources::add);
        return Optional.of(merges.merge(current.caller(), sources, target(), effectiveDate.getValue(), dryRun));
    }

    private MergeTarget target() {
        return intoNew.getValue()
                ? new MergeTarget(null, new TenantDraft(newCode.getValue().strip(), newName.getValue().strip(),
                        tenant.kind(), tenant.parentCode()))
                : new MergeTarget(existing.getValue().code(), null);
    }

    private void showTarget() {
        existing.setVisible(!intoNew.getValue());
        newCode.setVisible(intoNew.getValue());
        newName.setVisible(intoNew.getValue());
    }
}
