package vn.sohoa.platform.cluster;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import org.infinispan.manager.DefaultCacheManager;
import org.infinispan.manager.EmbeddedCacheManager;

/** Starts this replica's cache manager from {@code sohoa-infinispan.xml} and stops it at shut-down. */
@ApplicationScoped
public class CacheManagerProducer {

    @Produces
    @Startup
    @ApplicationScoped
    EmbeddedCacheManager cacheManager(ClusterConfig config) {
        return new DefaultCacheManager(CacheConfigurationFile.read(config), true);
    }

    void stop(@Disposes EmbeddedCacheManager cacheManager) {
        cacheManager.stop();
    }
}
