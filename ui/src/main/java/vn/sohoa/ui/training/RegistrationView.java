package vn.sohoa.ui.training;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import vn.sohoa.admin.members.service.Registration;
import vn.sohoa.ui.layout.MainLayout;
import vn.sohoa.ui.tenancy.TenantRoutes;

/**
 * A citizen's registration, for a person signed in with no membership: they search their commune (without
 * diacritics), choose it and become LEARNER there, then go on to their learning.
 */
@Route(value = "register", layout = MainLayout.class)
public class RegistrationView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public RegistrationView(TenantRoutes routes, Registration registration) {
        setMaxWidth("720px");
        ComboBox<Registration.Commune> commune = new ComboBox<>(getTranslation("training.register.commune"));
        commune.setId("register-commune");
        commune.setWidthFull();
        commune.setItems((CallbackDataProvider.FetchCallback<Registration.Commune, String>) query ->
                registration.communes(query.getFilter().orElse("")).stream().skip(query.getOffset())
                        .limit(query.getLimit()));
        commune.setItemLabelGenerator(found -> found.parentName() == null ? found.name()
                : found.name() + " · " + found.parentName());
        Button register = new Button(getTranslation("training.register.submit"));
        register.setId("register-submit");
        register.setMinHeight("48px");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setEnabled(false);
        commune.addValueChangeListener(change -> register.setEnabled(change.getValue() != null));
        register.addClickListener(click -> {
            registration.register(routes.caller().subject(), commune.getValue().code());
            getUI().ifPresent(ui -> ui.navigate(TenantRoutes.pageOf(commune.getValue().code(), "courses")));
        });
        add(new H2(getTranslation("training.register.title")), new Paragraph(getTranslation("training.register.help")),
                commune, register);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("training.register.title") + " · Sohoa";
    }
}
