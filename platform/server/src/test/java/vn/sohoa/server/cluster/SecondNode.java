package vn.sohoa.server.cluster;

import org.infinispan.manager.DefaultCacheManager;
import org.infinispan.manager.EmbeddedCacheManager;
import vn.sohoa.platform.cluster.CacheConfigurationFile;
import vn.sohoa.platform.cluster.ClusterConfig;

/** A second replica's cache manager in the test's JVM, joining the running application's cluster. */
final class SecondNode {

    private SecondNode() {
    }

    /** Starts it on the port after the first replica's, finding the first through the static member list. */
    static EmbeddedCacheManager start(ClusterConfig first) {
        int port = first.bindPort();
        var settings = ClusterSettings.staticMembers(first.name(), port + 1,
                "127.0.0.1[%d],127.0.0.1[%d]".formatted(port, port + 1));
        return new DefaultCacheManager(CacheConfigurationFile.read(settings), true);
    }
}
