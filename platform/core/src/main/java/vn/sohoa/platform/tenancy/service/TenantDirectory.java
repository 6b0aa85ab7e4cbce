package vn.sohoa.platform.tenancy.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.infinispan.manager.EmbeddedCacheManager;
import vn.sohoa.platform.cluster.CacheNames;
import vn.sohoa.platform.cluster.ReadThroughCache;
import vn.sohoa.platform.tenancy.domain.TenantChanged;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.domain.TenantsChanged;

/**
 * Looks tenants up by code through a cluster-wide invalidation cache: a read fills only the local node; a
 * change, once its transaction ends, drops the entry on every node, and a read the change overtook does not
 * store what it read ({@link ReadThroughCache}).
 */
@ApplicationScoped
public class TenantDirectory {

    private final EntityManager em;
    private final ReadThroughCache<TenantSnapshot> cache;

    /** The directory of the replica whose cache manager this is (tests start a second replica this way). */
    @Inject
    public TenantDirectory(EntityManager em, EmbeddedCacheManager cacheManager) {
        this.em = em;
        this.cache = new ReadThroughCache<>(cacheManager.getCache(CacheNames.TENANTS_BY_CODE));
    }

    /** The tenant with this code, or empty when there is none. */
    public Optional<TenantSnapshot> find(String code) {
        return Optional.ofNullable(cache.get(code, this::read));
    }

    /** The tenant as this node has it cached, without reading the database; empty when it is not cached. */
    public Optional<TenantSnapshot> cached(String code) {
        return Optional.ofNullable(cache.cached(code));
    }

    /**
     * Reads the row itself, never an entity the persistence context loaded earlier: that copy could predate
     * the read's registration, and with it a change the cache has already been told about.
     */
    private TenantSnapshot read(String code) {
        return em.createQuery("""
                        select new vn.sohoa.platform.tenancy.domain.TenantSnapshot(t.code, t.name, t.kind,
                            t.parentCode, t.path, t.status, t.statusReason, t.version)
                        from Tenant t where t.code = :code""", TenantSnapshot.class)
                .setParameter("code", code)
                .getResultStream().findFirst().orElse(null);
    }

    /**
     * Drops the entry whether the transaction commits or rolls back: a read inside the transaction may have
     * stored the change before it was committed.
     */
    void evict(@Observes(during = TransactionPhase.AFTER_COMPLETION) TenantChanged changed) {
        cache.invalidate(changed.code());
    }

    /**
     * Every removal from an invalidation cache is a synchronous message to every other node, so a batch of
     * thousands of codes is dropped with one cluster-wide invalidation of everything instead; the registry
     * refills as it is read.
     */
    void evict(@Observes(during = TransactionPhase.AFTER_COMPLETION) TenantsChanged changed) {
        if (changed.codes().size() == 1) {
            cache.invalidate(changed.codes().iterator().next());
        } else if (!changed.codes().isEmpty()) {
            cache.invalidateAll();
        }
    }
}
