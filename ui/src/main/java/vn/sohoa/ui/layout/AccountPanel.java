package vn.sohoa.ui.layout;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.quarkus.security.identity.SecurityIdentity;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.sohoa.ui.i18n.LanguageSwitch;

/** The signed-in person at the foot of the drawer: who they are, their language, and the way out. */
class AccountPanel extends VerticalLayout {

    AccountPanel(SecurityIdentity identity) {
        setSpacing(false);
        addClassNames(LumoUtility.Border.TOP, LumoUtility.BorderColor.CONTRAST_10);
        Span name = new Span(nameOf(identity));
        name.setId("signed-in-user");
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
        // Outside the router: /logout is Quarkus' OIDC logout, which ends the Keycloak session too.
        Anchor logout = new Anchor("/logout", getTranslation("account.logout"));
        logout.setRouterIgnore(true);
        add(name, new LanguageSwitch(), logout);
    }

    /**
     * Family name first, as Vietnamese names are written (Nguyễn Văn An); Keycloak's own {@code name}
     * claim puts the given name first.
     */
    private static String nameOf(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return identity.getPrincipal().getName();
        }
        String name = Stream.of(token.<String>getClaim("family_name"), token.<String>getClaim("given_name"))
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
        return name.isBlank() ? token.<String>getClaim("preferred_username") : name;
    }
}
