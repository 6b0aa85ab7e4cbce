package vn.sohoa.platform.cluster;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import org.infinispan.configuration.parsing.ConfigurationBuilderHolder;
import org.infinispan.configuration.parsing.ParserRegistry;
import org.infinispan.manager.DefaultCacheManager;
import org.infinispan.manager.EmbeddedCacheManager;

/** Starts this replica's cache manager from {@code sohoa-infinispan.xml} and stops it at shut-down. */
@ApplicationScoped
public class CacheManagerProducer {

    @Produces
    @Startup
    @ApplicationScoped
    EmbeddedCacheManager cacheManager(ClusterConfig config) {
        // JGroups reads its stack variables from system properties; an explicit -D flag still wins.
        System.setProperty("sohoa.cluster.name", config.name());
        System.setProperty("sohoa.cluster.stack", config.stack());
        System.setProperty("sohoa.cluster.initial-hosts", config.initialHosts());
        setIfAbsent("jgroups.bind.address", config.bindAddress());
        setIfAbsent("jgroups.bind.port", String.valueOf(config.bindPort()));
        config.dnsQuery().ifPresent(query -> setIfAbsent("jgroups.dns.query", query));
        URL file = CacheManagerProducer.class.getResource("/sohoa-infinispan.xml");
        try {
            ConfigurationBuilderHolder holder = new ParserRegistry(CacheManagerProducer.class.getClassLoader())
                    .parse(file);
            return new DefaultCacheManager(holder, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the cache configuration", e);
        }
    }

    void stop(@Disposes EmbeddedCacheManager cacheManager) {
        cacheManager.stop();
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
