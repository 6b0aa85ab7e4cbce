package vn.sohoa.platform.cluster;

import java.util.function.Function;
import org.infinispan.Cache;
import org.infinispan.context.Flag;

/**
 * A clustered invalidation cache of values read from the database, which never keeps a value that an
 * invalidation has overtaken.
 *
 * <p>Filling such a cache is a read followed by a {@code putForExternalRead}. An invalidation that lands
 * between the two finds nothing to remove, and the put then stores what the database held before the change,
 * until the entry expires. Infinispan does not guard against this in a non-transactional cache (Hibernate's
 * second-level cache brings its own {@code PutFromLoadValidator} for the same reason). So every read is
 * registered before it queries the database, and an invalidation, on this node or coming from another one,
 * marks the registered reads of its key before it removes the key; a marked read returns what it read but
 * does not store it. A read registered after the mark started after the change was committed (invalidations
 * are sent after commit) and so reads the new state.
 *
 * <p>Create one instance per cache and node, and invalidate only through it: a local removal made around it
 * would not mark its reads.
 *
 * @param <V> the cached value; immutable, since every caller of the node shares it
 */
public final class ReadThroughCache<V> {

    /**
     * The key whose invalidation tells the other nodes to drop every entry: Infinispan sends a clear only to
     * nodes that hold entries, and never notifies it on a node that holds none but has a read under way. It
     * holds a NUL character, which PostgreSQL text cannot, so no read of it ever succeeds and it is never
     * cached.
     */
    static final String EVERY_KEY = "\u0000every key";

    /**
     * Starts the key whose invalidation tells the other nodes to drop a group's entries (see {@link #group}); the
     * NUL keeps it apart from every key read from the database.
     */
    static final String GROUP_MARK = "\u0000group ";

    /** Separates a group from the rest of a key; no code or date holds it. */
    private static final char GROUP_END = '\u001f';

    private final Cache<String, V> cache;
    private final PendingReads pending = new PendingReads();
    private final GroupedKeys grouped;

    /** Guards {@code cache}, which must be an invalidation cache, and hears the other nodes' invalidations of it. */
    public ReadThroughCache(Cache<String, V> cache) {
        this.cache = cache;
        this.grouped = new GroupedKeys(cache);
        cache.addListener(new RemoteInvalidations(pending, grouped, cache));
    }

    /**
     * The cached value of {@code key}, or else what {@code read} returns, stored for the next caller unless an
     * invalidation of the key overtook the read.
     *
     * @param read reads the value from the database, or returns null when there is none (null is not cached)
     */
    public V get(String key, Function<String, V> read) {
        V cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        PendingReads.Read registered = pending.start(key);
        try {
            V value = read.apply(key);
            if (value != null) {
                registered.putUnlessOvertaken(() -> {
                    cache.putForExternalRead(key, value);
                    grouped.list(key);
                });
            }
            return value;
        } finally {
            pending.finish(registered);
        }
    }

    /** The value this node holds for {@code key}, or null: never a read of the database. */
    public V cached(String key) {
        return cache.get(key);
    }

    /**
     * The key of {@code rest} in {@code group}: a group's entries are dropped together by
     * {@link #invalidateGroup}, as when one write changes every figure of a tenant whatever the period asked for.
     */
    public static String group(String group, String rest) {
        return group + GROUP_END + rest;
    }

    /** The group of a key made by {@link #group}, or null for a key of no group. */
    static String groupOf(String key) {
        int end = key.indexOf(GROUP_END);
        return end < 0 ? null : key.substring(0, end);
    }

    /** Drops every entry of {@code group} on every node, and keeps the reads of them under way from storing them. */
    public void invalidateGroup(String group) {
        dropGroupLocally(pending, grouped, cache, group);
        cache.remove(GROUP_MARK + group);
    }

    /**
     * Overtakes this node's reads of the group's keys and removes its entries from this node only: the keys the
     * node listed for the group, not a look at every key it holds.
     */
    static void dropGroupLocally(PendingReads pending, GroupedKeys grouped, Cache<String, ?> cache, String group) {
        pending.overtakeStartingWith(group + GROUP_END);
        Cache<String, ?> local = cache.getAdvancedCache().withFlags(Flag.CACHE_MODE_LOCAL);
        grouped.take(group).forEach(local::remove);
    }

    /** How many keys this node lists in groups (for tests: the list must not outgrow the cache). */
    int groupedKeys() {
        return grouped.size();
    }

    /** Drops {@code key} on every node, and keeps the reads of it under way on any node from storing it. */
    public void invalidate(String key) {
        pending.overtake(key);
        cache.remove(key);
    }

    /** Drops every entry on every node, and keeps every read under way on any node from storing its value. */
    public void invalidateAll() {
        pending.overtakeAll();
        grouped.clear();
        cache.getAdvancedCache().withFlags(Flag.CACHE_MODE_LOCAL).clear();
        cache.remove(EVERY_KEY);
    }
}
