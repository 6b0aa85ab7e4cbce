package vn.sohoa.platform.tenancy.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.infinispan.Cache;
import org.infinispan.manager.EmbeddedCacheManager;
import vn.sohoa.platform.cluster.CacheNames;
import vn.sohoa.platform.tenancy.domain.Tenant;
import vn.sohoa.platform.tenancy.domain.TenantChanged;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;

/**
 * Looks tenants up by code through a cluster-wide invalidation cache: a read fills only the local
 * node; a change, once committed, drops the entry on every node.
 */
@ApplicationScoped
public class TenantDirectory {

    @Inject
    EntityManager em;

    @Inject
    EmbeddedCacheManager cacheManager;

    /** The tenant with this code, or empty when there is none. */
    public Optional<TenantSnapshot> find(String code) {
        Cache<String, TenantSnapshot> cache = cache();
        TenantSnapshot cached = cache.get(code);
        if (cached != null) {
            return Optional.of(cached);
        }
        Tenant tenant = em.find(Tenant.class, code);
        if (tenant == null) {
            return Optional.empty();
        }
        TenantSnapshot snapshot = TenantSnapshot.of(tenant);
        cache.putForExternalRead(code, snapshot);
        return Optional.of(snapshot);
    }

    void evict(@Observes(during = TransactionPhase.AFTER_SUCCESS) TenantChanged changed) {
        cache().remove(changed.code());
    }

    private Cache<String, TenantSnapshot> cache() {
        return cacheManager.getCache(CacheNames.TENANTS_BY_CODE);
    }
}
