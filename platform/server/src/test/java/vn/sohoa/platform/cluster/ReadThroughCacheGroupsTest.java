package vn.sohoa.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.infinispan.Cache;
import org.infinispan.configuration.cache.ConfigurationBuilder;
import org.infinispan.factories.ComponentRegistry;
import org.infinispan.manager.DefaultCacheManager;
import org.infinispan.notifications.cachelistener.CacheNotifier;
import org.infinispan.notifications.cachelistener.annotation.CacheEntriesEvicted;
import org.infinispan.notifications.cachelistener.annotation.CacheEntryExpired;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dropping a group of a {@link ReadThroughCache} (a tenant's dashboard figures, after a write in it or below it)
 * removes exactly that group's entries, from the keys the node listed for it, and the list never outgrows the cache.
 * A local Infinispan cache of this node; a group dropped on another node is in {@code RevocationAcrossNodesTest}.
 */
class ReadThroughCacheGroupsTest {

    private static final int MAX_ENTRIES = 20;

    private DefaultCacheManager caches;
    private Cache<String, String> cache;
    private ReadThroughCache<String> figures;

    @BeforeEach
    void a_bounded_cache() {
        caches = new DefaultCacheManager();
        caches.defineConfiguration("figures", new ConfigurationBuilder().memory().maxCount(MAX_ENTRIES).build());
        cache = caches.getCache("figures");
        figures = new ReadThroughCache<>(cache);
    }

    @AfterEach
    void stop() {
        caches.stop();
    }

    @Test
    void dropping_a_group_removes_its_entries_and_nothing_else() {
        String commune = read("1.2", "dashboard 2026-11");
        String communeAgain = read("1.2", "dashboard 2026-12");
        String otherTenant = read("1.23", "dashboard 2026-12");
        String ungrouped = "31321";
        figures.get(ungrouped, key -> "tenant " + key);

        figures.invalidateGroup("1.2");

        assertThat(cache.containsKey(commune)).isFalse();
        assertThat(cache.containsKey(communeAgain)).isFalse();
        assertThat(cache.containsKey(otherTenant)).as("a group whose name starts like the dropped one").isTrue();
        assertThat(cache.containsKey(ungrouped)).isTrue();
    }

    @Test
    void a_cache_hears_of_expiries_and_evictions_only_once_it_holds_a_group() {
        CacheNotifier<?, ?> notifier = ComponentRegistry.componentOf(cache, CacheNotifier.class);
        figures.get("31321", key -> "tenant " + key);
        assertThat(notifier.hasListener(CacheEntriesEvicted.class)).as("a cache of ungrouped keys").isFalse();
        assertThat(notifier.hasListener(CacheEntryExpired.class)).isFalse();

        read("1.2", "dashboard 2026-12");
        read("1.3", "dashboard 2026-12");

        assertThat(notifier.hasListener(CacheEntriesEvicted.class)).isTrue();
        assertThat(notifier.getListeners()).filteredOn(GroupedKeys.class::isInstance).hasSize(1);
    }

    @Test
    void an_entry_stored_after_a_drop_is_dropped_by_the_next_one() {
        read("1.2", "dashboard 2026-12");
        figures.invalidateGroup("1.2");
        String again = read("1.2", "dashboard 2026-12");
        assertThat(cache.containsKey(again)).isTrue();

        figures.invalidateGroup("1.2");

        assertThat(cache.containsKey(again)).isFalse();
        assertThat(figures.groupedKeys()).isZero();
    }

    @Test
    void dropping_every_entry_forgets_every_group() {
        List<String> keys = IntStream.range(0, 5).mapToObj(i -> read("1." + i, "dashboard")).toList();

        figures.invalidateAll();

        assertThat(keys).noneMatch(cache::containsKey);
        assertThat(figures.groupedKeys()).isZero();
    }

    @Test
    void keys_evicted_from_a_full_cache_are_no_longer_listed() {
        IntStream.range(0, 10 * MAX_ENTRIES).forEach(i ->
                figures.get(ReadThroughCache.group("1.2", "dashboard period " + i), key -> "figures of " + key));

        assertThat(cache.size()).isLessThanOrEqualTo(MAX_ENTRIES);
        assertThat(figures.groupedKeys()).isLessThanOrEqualTo(MAX_ENTRIES);

        figures.invalidateGroup("1.2");

        assertThat(cache.size()).as("every entry the cache kept is still listed, and dropped").isZero();
    }

    /** Reads one figure of {@code group} through the cache, which stores it; returns its key. */
    private String read(String group, String rest) {
        String key = ReadThroughCache.group(group, rest);
        assertThat(figures.get(key, k -> "figures of " + k)).isEqualTo("figures of " + key);
        assertThat(cache.containsKey(key)).isTrue();
        return key;
    }
}
