package vn.sohoa.platform.cluster;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.infinispan.manager.EmbeddedCacheManager;

/**
 * Publishes the cluster as this replica sees it: {@code sohoa.cluster.members} (a replica that counts fewer
 * members than there are replicas is cut off, and may keep cache entries another replica invalidated) and the
 * meters of every cache ({@link InfinispanCacheMeters}).
 */
@ApplicationScoped
class ClusterMeters {

    void bind(@Observes StartupEvent start, EmbeddedCacheManager cacheManager, MeterRegistry registry) {
        Gauge.builder("sohoa.cluster.members", cacheManager, ClusterMeters::members)
                .description("Members of the Infinispan cluster this replica sees, itself included")
                .register(registry);
        for (String name : List.of(CacheNames.TENANTS_BY_CODE, CacheNames.GRANTS_BY_SUBJECT, CacheNames.DASHBOARD_FIGURES,
                CacheNames.VERIFIED_TOKENS)) {
            new InfinispanCacheMeters(cacheManager.getCache(name)).bindTo(registry);
        }
    }

    private static double members(EmbeddedCacheManager cacheManager) {
        var members = cacheManager.getMembers();
        return members == null ? 1 : members.size();
    }
}
