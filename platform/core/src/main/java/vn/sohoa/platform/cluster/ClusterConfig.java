package vn.sohoa.platform.cluster;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Locale;
import java.util.Optional;

/** How this replica finds the others. */
@ConfigMapping(prefix = "sohoa.cluster")
public interface ClusterConfig {

    /** Nodes with the same cluster name form one cluster. */
    @WithDefault("sohoa")
    String name();

    /** How members are found: {@code static} (a fixed host list) or {@code dns} (DNS_PING on a headless service). */
    @WithDefault("static")
    Discovery discovery();

    /** Address the JGroups TCP transport binds to; in Kubernetes the pod's IP. */
    @WithDefault("127.0.0.1")
    String bindAddress();

    /** Port the JGroups TCP transport binds to; with {@code dns} discovery every replica must use the same. */
    @WithDefault("7800")
    int bindPort();

    /** For {@code static} discovery: the members to contact, e.g. {@code 10.0.0.1[7800],10.0.0.2[7800]}. */
    @WithDefault("127.0.0.1[7800]")
    String initialHosts();

    /**
     * For {@code dns} discovery: the DNS name of the headless service whose A records are the members,
     * e.g. {@code sohoa-jgroups.production.svc.cluster.local}.
     */
    Optional<String> dnsQuery();

    /**
     * The ways a replica finds the others; each is a JGroups stack of the same name in
     * {@code sohoa-infinispan.xml}.
     */
    enum Discovery {
        /** TCPPING: the members listed in {@link #initialHosts()}. */
        STATIC,
        /** DNS_PING: the addresses {@link #dnsQuery()} resolves to, so replicas may come and go. */
        DNS;

        /** The name of the JGroups stack that discovers members this way. */
        public String stack() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
