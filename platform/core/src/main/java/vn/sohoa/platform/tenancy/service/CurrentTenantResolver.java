package vn.sohoa.platform.tenancy.service;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.ApplicationScoped;

/** Hibernate's discriminator value for every session: the tenant entered for this request, if any. */
@PersistenceUnitExtension
@ApplicationScoped
public class CurrentTenantResolver implements TenantResolver {

    @Override
    public String getDefaultTenantId() {
        return TenantContext.NO_TENANT;
    }

    @Override
    public String resolveTenantId() {
        return current();
    }

    /** The current tenant, or {@link TenantContext#NO_TENANT} outside a request or before a tenant is entered. */
    static String current() {
        if (!Arc.container().requestContext().isActive()) {
            return TenantContext.NO_TENANT;
        }
        return Arc.container().instance(TenantContext.class).get().tenantCode().orElse(TenantContext.NO_TENANT);
    }
}
