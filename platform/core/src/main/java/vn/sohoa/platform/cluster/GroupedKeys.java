package vn.sohoa.platform.cluster;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.infinispan.Cache;
import org.infinispan.container.DataContainer;
import org.infinispan.container.entries.InternalCacheEntry;
import org.infinispan.notifications.Listener;
import org.infinispan.notifications.cachelistener.annotation.CacheEntriesEvicted;
import org.infinispan.notifications.cachelistener.annotation.CacheEntryExpired;
import org.infinispan.notifications.cachelistener.event.CacheEntriesEvictedEvent;
import org.infinispan.notifications.cachelistener.event.CacheEntryExpiredEvent;

/**
 * The keys this node holds in each group of a {@link ReadThroughCache}, so that dropping a group removes the
 * group's own entries instead of looking at every key of the cache: every support record written drops the
 * dashboard figures of its tenant and of each tenant above it. A key is listed once its entry is stored, under the
 * guard of the read that stored it, and forgotten when that entry expires or is evicted; a listed key whose entry
 * has gone costs a removal that finds nothing, an entry stored and not listed would outlive the drop of its group.
 * It listens to the cache from the first key of a group it lists, so the caches that hold no groups (tenants,
 * grants) build no expiry or eviction events for it; a key evicted between that first put and the listening stays
 * listed until its group is dropped. Infinispan calls a listener by reflection, hence public.
 */
@Listener
public final class GroupedKeys {

    private final ConcurrentHashMap<String, Set<String>> byGroup = new ConcurrentHashMap<>();
    private final Cache<String, ?> cache;
    private final DataContainer<String, ?> entries;
    private final AtomicBoolean listening = new AtomicBoolean();

    GroupedKeys(Cache<String, ?> cache) {
        this.cache = cache;
        this.entries = cache.getAdvancedCache().getDataContainer();
    }

    /**
     * Lists {@code key} under its group, if it has one; call it once the entry is stored. Atomic against
     * {@link #take} of the same group: the key is either in the keys taken or listed anew after them.
     */
    void list(String key) {
        String group = ReadThroughCache.groupOf(key);
        if (group != null) {
            if (listening.compareAndSet(false, true)) {
                cache.addListener(this);
            }
            byGroup.compute(group, (name, keys) -> {
                Set<String> listed = keys == null ? ConcurrentHashMap.newKeySet() : keys;
                listed.add(key);
                return listed;
            });
        }
    }

    /** The keys listed under {@code group}, which are no longer listed. */
    Set<String> take(String group) {
        Set<String> keys = byGroup.remove(group);
        return keys == null ? Set.of() : keys;
    }

    /** Forgets every key, when every entry is dropped. */
    void clear() {
        byGroup.clear();
    }

    /** How many keys are listed, in every group. */
    int size() {
        return byGroup.values().stream().mapToInt(Set::size).sum();
    }

    @CacheEntryExpired
    public void expired(CacheEntryExpiredEvent<String, ?> event) {
        forget(event.getKey(), event.getValue());
    }

    @CacheEntriesEvicted
    public void evicted(CacheEntriesEvictedEvent<String, ?> event) {
        event.getEntries().forEach(this::forget);
    }

    /**
     * Forgets {@code key} whose entry of {@code value} has gone, unless the node holds another value for it by now:
     * Infinispan may tell of an expiry or eviction after a read has stored the key again.
     */
    private void forget(String key, Object value) {
        String group = ReadThroughCache.groupOf(key);
        if (group != null) {
            byGroup.computeIfPresent(group, (name, keys) -> {
                InternalCacheEntry<String, ?> now = entries.peek(key);
                if (now == null || now.getValue() == value) {
                    keys.remove(key);
                }
                return keys.isEmpty() ? null : keys;
            });
        }
    }
}
