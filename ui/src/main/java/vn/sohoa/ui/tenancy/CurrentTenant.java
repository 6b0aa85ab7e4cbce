package vn.sohoa.ui.tenancy;

import com.vaadin.flow.server.VaadinSession;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.sohoa.admin.tenants.service.TenantFilter;
import vn.sohoa.admin.tenants.service.TenantService;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.domain.MembershipGrant;
import vn.sohoa.platform.tenancy.domain.Permission;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.service.MembershipGrants;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * The tenant chosen in this Vaadin session, for the current HTTP request.
 *
 * <p>Request-scoped on purpose: every Vaadin round trip is a new HTTP request with a fresh tenant
 * context, so the tenant has to be entered again in each one. The choice itself outlives requests in
 * the Vaadin session, and is checked against the person's memberships every time it is entered.
 */
@RequestScoped
public class CurrentTenant {

    private static final String CHOICE = CurrentTenant.class.getName();

    @Inject
    SecurityIdentity identity;

    @Inject
    TenantGate gate;

    @Inject
    MembershipGrants grants;

    @Inject
    TenantService tenants;

    private TenantSnapshot entered;
    private Permission enteredFor;

    /** The person signed in to this session. */
    public Caller caller() {
        return Caller.of(identity);
    }

    /**
     * The chosen tenant, checked for reading. Until a choice is made: the tenant of the person's first
     * membership (by code), or the first live tenant of all for a province administrator.
     *
     * @return empty when the person may see no tenant at all
     */
    public Optional<TenantSnapshot> chosen() {
        try {
            return chosenCode().map(code -> gate.check(caller(), code, Access.READ));
        } catch (ProblemException lostAccess) {
            // Memberships change while sessions live: start again from the first tenant still visible.
            VaadinSession.getCurrent().setAttribute(CHOICE, null);
            return chosenCode().map(code -> gate.check(caller(), code, Access.READ));
        }
    }

    /** Chooses the tenant for the rest of the session, after checking the person may see it. */
    public void choose(String code) {
        gate.check(caller(), code, Access.READ);
        VaadinSession.getCurrent().setAttribute(CHOICE, code);
    }

    /**
     * Enters the chosen tenant for the rest of this request; call it before any service that reads or
     * changes tenant data. Entering again in one request checks the memberships again unless the access
     * is the same, or only reading.
     *
     * @throws ProblemException 404 when there is no tenant to enter, 403 when {@code access} is not the person's
     */
    public TenantSnapshot enter(Permission access) {
        String code = chosenCode().orElseThrow(() -> ProblemException.notFound("No tenant is chosen."));
        boolean covered = entered != null && entered.code().equals(code)
                && (enteredFor == access || access == Access.READ);
        if (!covered) {
            entered = gate.enter(caller(), code, access);
            enteredFor = access;
        }
        return entered;
    }

    /** Whether the person may configure the chosen tenant (and so sees the editing controls). */
    public boolean administered() {
        return allows(Access.ADMINISTER);
    }

    /** Whether the person may suspend, reactivate or archive the chosen tenant (from above it). */
    public boolean governed() {
        return allows(Access.GOVERN);
    }

    /** Whether the person holds {@code access} in the chosen tenant, without entering it. */
    public boolean allows(Permission access) {
        try {
            return chosenCode().map(code -> gate.check(caller(), code, access)).isPresent();
        } catch (ProblemException notAllowed) {
            return false;
        }
    }

    private Optional<String> chosenCode() {
        VaadinSession session = VaadinSession.getCurrent();
        String code = (String) session.getAttribute(CHOICE);
        if (code == null) {
            code = firstVisible().orElse(null);
            session.setAttribute(CHOICE, code);
        }
        return Optional.ofNullable(code);
    }

    private Optional<String> firstVisible() {
        Caller caller = caller();
        if (caller.provinceAdmin()) {
            return tenants.list(caller, TenantFilter.live(null), new PageRequest(0, 1)).items().stream()
                    .findFirst().map(TenantSnapshot::code);
        }
        return grants.of(caller.subject()).stream().map(MembershipGrant::tenantCode).sorted().findFirst();
    }
}
