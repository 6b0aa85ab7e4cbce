package vn.sohoa.platform.cluster;

import org.infinispan.Cache;
import org.infinispan.context.Flag;
import org.infinispan.notifications.Listener;
import org.infinispan.notifications.cachelistener.annotation.CacheEntryInvalidated;
import org.infinispan.notifications.cachelistener.event.CacheEntryInvalidatedEvent;

/**
 * Hears the invalidations another node sends to this node's copy of a cache, before they take effect, and
 * marks this node's reads of the key as overtaken. Infinispan notifies an invalidation from another node
 * even when this node holds no entry for the key, which is exactly when a read may be under way.
 * Infinispan calls a listener by reflection, hence public.
 */
@Listener(observation = Listener.Observation.PRE)
public final class RemoteInvalidations {

    private final PendingReads pending;
    private final GroupedKeys grouped;
    private final Cache<String, ?> cache;

    RemoteInvalidations(PendingReads pending, GroupedKeys grouped, Cache<String, ?> cache) {
        this.pending = pending;
        this.grouped = grouped;
        this.cache = cache;
    }

    /**
     * Overtakes this node's reads of the key; or all of them and every entry for {@link ReadThroughCache#EVERY_KEY};
     * or a group's reads and entries for a key of {@link ReadThroughCache#GROUP_MARK}.
     */
    @CacheEntryInvalidated
    public void invalidated(CacheEntryInvalidatedEvent<String, ?> event) {
        if (ReadThroughCache.EVERY_KEY.equals(event.getKey())) {
            pending.overtakeAll();
            grouped.clear();
            cache.getAdvancedCache().withFlags(Flag.CACHE_MODE_LOCAL).clear();
        } else if (event.getKey().startsWith(ReadThroughCache.GROUP_MARK)) {
            ReadThroughCache.dropGroupLocally(pending, grouped, cache,
                    event.getKey().substring(ReadThroughCache.GROUP_MARK.length()));
        } else {
            pending.overtake(event.getKey());
        }
    }
}
