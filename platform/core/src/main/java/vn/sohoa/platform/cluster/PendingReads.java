package vn.sohoa.platform.cluster;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The database reads one node has under way for one cache, so that an invalidation can overtake them. A
 * read is registered before it queries the database; an invalidation marks every registered read of its
 * key before it removes the key, and a marked read may no longer fill the cache. Only a handful of reads
 * are under way at any time (at most one per connection), so an invalidation simply looks at all of them.
 */
final class PendingReads {

    private final Set<Read> reads = ConcurrentHashMap.newKeySet();

    /** Registers a read of {@code key}; call it before the read queries the database. */
    Read start(String key) {
        Read read = new Read(key);
        reads.add(read);
        return read;
    }

    /** Forgets a read, whether or not it filled the cache. */
    void finish(Read read) {
        reads.remove(read);
    }

    /** Marks every read of {@code key} under way as overtaken by an invalidation. */
    void overtake(String key) {
        reads.stream().filter(read -> read.key.equals(key)).forEach(Read::overtake);
    }

    /** Marks every read under way whose key starts with {@code prefix} as overtaken. */
    void overtakeStartingWith(String prefix) {
        reads.stream().filter(read -> read.key.startsWith(prefix)).forEach(Read::overtake);
    }

    /** Marks every read under way as overtaken, whatever its key. */
    void overtakeAll() {
        reads.forEach(Read::overtake);
    }

    /** One read under way. Its monitor makes "check, then put" atomic against an invalidation's mark. */
    static final class Read {

        private final String key;
        private boolean overtaken;

        private Read(String key) {
            this.key = key;
        }

        private synchronized void overtake() {
            overtaken = true;
        }

        /**
         * Runs {@code put} unless an invalidation has overtaken this read. An invalidation that comes while
         * the put runs waits for it, then removes what it put.
         */
        synchronized void putUnlessOvertaken(Runnable put) {
            if (!overtaken) {
                put.run();
            }
        }
    }
}
