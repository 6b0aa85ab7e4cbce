package vn.sohoa.platform.cluster;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** How this replica finds the others. */
@ConfigMapping(prefix = "sohoa.cluster")
public interface ClusterConfig {

    /** Nodes with the same cluster name form one cluster. */
    @WithDefault("sohoa")
    String name();

    /** {@code static} (TCP with a fixed host list) or {@code kubernetes} (DNS_PING on a headless service). */
    @WithDefault("static")
    String stack();

    /** Address the JGroups TCP transport binds to. */
    @WithDefault("127.0.0.1")
    String bindAddress();

    /** Port the JGroups TCP transport binds to. */
    @WithDefault("7800")
    int bindPort();

    /** For the static stack: the members to contact, e.g. {@code 10.0.0.1[7800],10.0.0.2[7800]}. */
    @WithDefault("127.0.0.1[7800]")
    String initialHosts();

    /** For the kubernetes stack: the DNS name of the headless service. */
    Optional<String> dnsQuery();
}
