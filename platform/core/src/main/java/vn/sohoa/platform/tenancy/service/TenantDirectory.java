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
import vn.sohoa.platform.tenancy.domain.TenantsChanged;

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

    /**
     * Every removal from an invalidation cache is a synchronous message to every other node, so a batch of
     * thousands of codes is dropped with one cluster-wide clear instead; the registry refills as it is read.
     */
    void evict(@Observes(during = TransactionPhase.AFTER_SUCCESS) TenantsChanged changed) {
        if (changed.codes().size() == 1) {
            cache().remove(changed.codes().iterator().next());
        } else if (!changed.codes().isEmpty()) {
            cache().clear();
        }
    }

    private Cache<String, TenantSnapshot> cache() {
        return cacheManager.getCache(CacheNames.TENANTS_BY_CODE);
    }
}
