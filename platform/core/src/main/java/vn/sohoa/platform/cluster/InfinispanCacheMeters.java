package vn.sohoa.platform.cluster;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.cache.CacheMeterBinder;
import org.infinispan.Cache;
import org.infinispan.stats.Stats;

/**
 * Micrometer's standard cache meters ({@code cache.gets} by hit and miss, {@code cache.puts},
 * {@code cache.evictions}, {@code cache.size}) for one Infinispan cache of this replica, read from its statistics
 * ({@code statistics="true"} in {@code sohoa-infinispan.xml}), plus its hit ratio since the replica started.
 */
final class InfinispanCacheMeters extends CacheMeterBinder<Cache<?, ?>> {

    InfinispanCacheMeters(Cache<?, ?> cache) {
        super(cache, cache.getName(), Tags.empty());
    }

    @Override
    protected Long size() {
        return (long) stats().getCurrentNumberOfEntriesInMemory();
    }

    @Override
    protected long hitCount() {
        return stats().getHits();
    }

    @Override
    protected Long missCount() {
        return stats().getMisses();
    }

    @Override
    protected Long evictionCount() {
        return stats().getEvictions();
    }

    @Override
    protected long putCount() {
        return stats().getStores();
    }

    @Override
    protected void bindImplementationSpecificMetrics(MeterRegistry registry) {
        Gauge.builder("cache.hit.ratio", this, InfinispanCacheMeters::hitRatio)
                .tags(getTagsWithCacheName())
                .description("Share of reads answered from the cache since the replica started (NaN before any read)")
                .register(registry);
    }

    private double hitRatio() {
        Stats stats = stats();
        long reads = stats.getHits() + stats.getMisses();
        return reads == 0 ? Double.NaN : (double) stats.getHits() / reads;
    }

    private Stats stats() {
        Cache<?, ?> cache = getCache();
        if (cache == null) {
            throw new IllegalStateException("cache stopped");
        }
        return cache.getAdvancedCache().getStats();
    }
}
