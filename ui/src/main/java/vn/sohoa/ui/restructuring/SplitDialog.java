package vn.sohoa.ui.restructuring;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sohoa.admin.restructuring.service.Impact;
import vn.sohoa.admin.restructuring.service.SplitPart;
import vn.sohoa.admin.restructuring.service.SplitService;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.ui.tenancy.RoutedTenant;

/**
 * Splits the tenant into new tenants, each taking some of its sub-units; every sub-unit goes to exactly
 * one part, which the preview checks.
 */
class SplitDialog extends RestructuringDialog {

    private static final int FIRST_PARTS = 2;

    private final TenantSnapshot tenant;
    private final RoutedTenant current;
    private final SplitService splits;
    private final List<String> unitCodes;
    private final List<Part> parts = new ArrayList<>();

    SplitDialog(TenantSnapshot tenant, RoutedTenant current, SplitService splits, List<String> unitCodes) {
        super("split.title", tenant, "split.confirm");
        this.tenant = tenant;
        this.current = current;
        this.splits = splits;
        this.unitCodes = unitCodes;
        form.add(effectiveDate);
        Button more = new Button(getTranslation("split.add-part"), VaadinIcon.PLUS.create(), click -> addPart());
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        form.add(more);
        for (int i = 0; i < FIRST_PARTS; i++) {
            addPart();
        }
    }

    @Override
    protected Optional<Impact> run(boolean dryRun) {
        boolean valid = dated();
        for (Part part : parts) {
            valid &= validNewTenant(part.code, part.name);
        }
        if (!valid) {
            return Optional.empty();
        }
        List<SplitPart> split = parts.stream().map(Part::value).toList();
        return Optional.of(splits.split(current.caller(), tenant.code(), split, effectiveDate.getValue(), dryRun));
    }

    private void addPart() {
        int number = parts.size() + 1;
        Part part = new Part(new TextField(getTranslation("split.part.code", number)),
                new TextField(getTranslation("split.part.name", number)),
                new MultiSelectComboBox<>(getTranslation("split.part.units", number), unitCodes));
        parts.add(part);
        List.of(part.code, part.name, part.units).forEach(this::watch);
        form.add(part.code, part.name, part.units);
        form.setColspan(part.units, 2);
    }

    private record Part(TextField code, TextField name, MultiSelectComboBox<String> units) {

        SplitPart value() {
            return new SplitPart(code.getValue().strip(), name.getValue().strip(), List.copyOf(units.getValue()));
        }
    }
}
