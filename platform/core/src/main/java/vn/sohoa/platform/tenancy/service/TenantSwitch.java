package vn.sohoa.platform.tenancy.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/**
 * Lets one transaction of the platform touch several tenants, one statement at a time: the
 * connection of the running transaction is pointed at another tenant for the duration of
 * {@code work}, then back. Row-level security still applies to every statement; only native SQL
 * sees the switch (a Hibernate session keeps the tenant it was opened with).
 *
 * <p>Only restructuring needs this: to copy a tenant's sub-units to its successors in the same
 * all-or-nothing transaction, and to count what a move, merge or split touches in each tenant. Requests
 * never switch otherwise: they enter one tenant through {@link TenantGate}.
 */
@ApplicationScoped
public class TenantSwitch {

    @Inject
    EntityManager em;

    /** Runs {@code work} with the current transaction's connection inside the tenant with this code. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> T inTenant(String tenantCode, Supplier<T> work) {
        String previous = (String) em.createNativeQuery("select current_setting('sohoa.tenant_id', true)")
                .getSingleResult();
        point(tenantCode);
        try {
            return work.get();
        } finally {
            point(previous == null ? TenantContext.NO_TENANT : previous);
        }
    }

    private void point(String tenantCode) {
        em.createNativeQuery("select set_config('sohoa.tenant_id', :tenant, false)")
                .setParameter("tenant", tenantCode).getSingleResult();
    }
}
