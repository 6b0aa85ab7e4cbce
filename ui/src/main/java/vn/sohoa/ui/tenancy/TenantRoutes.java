package vn.sohoa.ui.tenancy;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouteParameters;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.domain.Permission;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * The tenant pages' addresses, {@code /t/{code}/…}, and the one way from such an address to its tenant: through
 * the tenancy kernel's gate, with the memberships of the person signed in.
 */
@ApplicationScoped
public class TenantRoutes {

    /** The route parameter that names the tenant. */
    public static final String CODE = "code";
    /** The first segment of every tenant page's address. */
    public static final String PREFIX = "t";
    /** The route template of a tenant's own address, its home: {@code t/:code}. */
    public static final String HOME = PREFIX + "/:" + CODE;
    /** The start of a tenant page's route template; a page adds its own path: {@code TENANT + "units"}. */
    public static final String TENANT = PREFIX + "/:" + CODE + "/";

    @Inject
    SecurityIdentity identity;

    @Inject
    TenantGate gate;

    /** The person signed in to the current request. */
    public Caller caller() {
        return Caller.of(identity);
    }

    /**
     * The tenant a route names, when the person may open a page there ({@code opensTo}: most pages open to those who
     * read the tenant). A tenant that does not exist and one the person may not open are alike empty, so a page
     * cannot tell them apart.
     */
    public Optional<RoutedTenant> of(RouteParameters parameters, Permission opensTo) {
        return parameters.get(CODE).flatMap(code -> visible(code, opensTo)).map(tenant -> new RoutedTenant(tenant, this));
    }

    /** The tenant with this code, checked for reading; empty when it does not exist or is not the person's to see. */
    public Optional<TenantSnapshot> visible(String code) {
        return visible(code, Access.READ);
    }

    private Optional<TenantSnapshot> visible(String code, Permission opensTo) {
        try {
            return Optional.of(gate.check(caller(), code, opensTo));
        } catch (ProblemException notVisible) {
            return Optional.empty();
        }
    }

    /**
     * The address of a page of the tenant: {@code t/930/units} for 930 and {@code units}. Without a page it is
     * the tenant's own address, {@code t/930}, which shows its first page.
     */
    public static String pageOf(String code, String page) {
        return page.isEmpty() ? PREFIX + "/" + code : PREFIX + "/" + code + "/" + page;
    }

    /** The address of the same page in another tenant; from a page of no tenant, that tenant's own address. */
    public static String samePageOf(Location location, String code) {
        List<String> segments = location.getSegments();
        boolean ofTenant = segments.size() >= 2 && segments.getFirst().equals(PREFIX);
        return pageOf(code, ofTenant ? String.join("/", segments.subList(2, segments.size())) : "");
    }

    /** The address of a tenant page from its route template, e.g. {@code t/:code/units} for 930: {@code t/930/units}. */
    public static String path(String template, String code) {
        return template.replace(":" + CODE, code);
    }

    TenantSnapshot enter(String code, Permission access) {
        return gate.enter(caller(), code, access);
    }

    boolean allows(String code, Permission access) {
        try {
            gate.check(caller(), code, access);
            return true;
        } catch (ProblemException notAllowed) {
            return false;
        }
    }
}
