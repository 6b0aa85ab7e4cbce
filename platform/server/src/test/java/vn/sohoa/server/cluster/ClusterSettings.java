package vn.sohoa.server.cluster;

import java.util.Optional;
import vn.sohoa.platform.cluster.ClusterConfig;

/** Cluster settings of a replica a test starts or configures itself, outside Quarkus' configuration. */
record ClusterSettings(String name, Discovery discovery, String bindAddress, int bindPort, String initialHosts,
        Optional<String> dnsQuery) implements ClusterConfig {

    /** A replica on {@code 127.0.0.1:port} that contacts the given members. */
    static ClusterSettings staticMembers(String name, int port, String initialHosts) {
        return new ClusterSettings(name, Discovery.STATIC, "127.0.0.1", port, initialHosts, Optional.empty());
    }

    /** A replica on {@code 127.0.0.1:port} that asks DNS for the members, or lacks the name to ask when it is null. */
    static ClusterSettings dnsMembers(String name, int port, String dnsQuery) {
        return new ClusterSettings(name, Discovery.DNS, "127.0.0.1", port, "127.0.0.1[%d]".formatted(port),
                Optional.ofNullable(dnsQuery));
    }
}
