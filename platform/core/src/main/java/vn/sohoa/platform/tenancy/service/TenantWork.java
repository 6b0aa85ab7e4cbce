package vn.sohoa.platform.tenancy.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.jboss.logging.MDC;

/**
 * Runs work of the platform itself (start-up jobs, demo data) inside one tenant, in a transaction of
 * its own. Requests never use it: they enter a tenant through {@link TenantGate}, which checks access.
 */
@ApplicationScoped
public class TenantWork {

    @Inject
    TenantContext context;

    /** Runs {@code work} in a new transaction as the platform, inside the tenant with this code. */
    @ActivateRequestContext
    public <T> T inTenant(String tenantCode, Supplier<T> work) {
        context.enter(tenantCode, null);
        MDC.put("tenant", tenantCode);
        try {
            return QuarkusTransaction.requiringNew().call(work::get);
        } finally {
            context.enter(null, null);
            MDC.remove("tenant");
        }
    }
}
