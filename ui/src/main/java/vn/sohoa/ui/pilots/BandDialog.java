package vn.sohoa.ui.pilots;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.Optional;
import vn.sohoa.platform.pilots.domain.LevelBand;
import vn.sohoa.ui.form.FormDialog;
import vn.sohoa.ui.form.RequestRules;

/** One level band of the total (Mức 1, Mức 2, …) and the points from which it is reached. */
class BandDialog extends FormDialog<LevelBand> {

    BandDialog(LevelBand existing, SerializableConsumer<LevelBand> save) {
        this(new Form(existing), save);
    }

    private BandDialog(Form form, SerializableConsumer<LevelBand> save) {
        super(form.getTranslation("pilots.design.band"), form, form::entered, save);
    }

    private static final class Form extends VerticalLayout {

        private final RequestRules rules = new RequestRules(LevelBand.class);
        private final TextField name = FormParts.text(this, "pilots.design.band", rules, "name");
        private final BigDecimalField minPoints = new BigDecimalField(getTranslation("pilots.design.min-points"));

        Form(LevelBand existing) {
            setPadding(false);
            name.setId("band-name");
            minPoints.setId("band-min-points");
            if (existing != null) {
                name.setValue(existing.name());
                minPoints.setValue(existing.minPoints());
            }
            add(FormParts.column(name, minPoints));
        }

        Optional<LevelBand> entered() {
            boolean valid = FormParts.check(name, rules, "name", name.getValue().strip())
                    & FormParts.check(minPoints, rules, "minPoints", minPoints.getValue());
            return valid ? Optional.of(new LevelBand(name.getValue().strip(), minPoints.getValue())) : Optional.empty();
        }
    }
}
