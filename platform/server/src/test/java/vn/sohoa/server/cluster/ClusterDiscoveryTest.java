package vn.sohoa.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Collectors;
import org.infinispan.configuration.global.GlobalConfiguration;
import org.infinispan.remoting.transport.jgroups.JGroupsChannelConfigurator;
import org.jgroups.conf.ProtocolConfiguration;
import org.junit.jupiter.api.Test;
import vn.sohoa.platform.cluster.CacheConfigurationFile;

/**
 * {@code sohoa.cluster.discovery} picks the JGroups stack that finds the other replicas. Plain JUnit: the stacks
 * are only read, so no DNS server or second node is needed ({@link DnsDiscoveryChannelTest} builds one).
 */
class ClusterDiscoveryTest {

    private static final String HEADLESS_SERVICE = "sohoa-jgroups.production.svc.cluster.local";

    @Test
    void static_discovery_contacts_the_listed_members_and_nothing_else() {
        var settings = ClusterSettings.staticMembers("sohoa", 7800, "10.0.0.1[7800],10.0.0.2[7800]");

        Map<String, Map<String, String>> stack = protocols(transportStack(settings));

        assertThat(stack).containsKey("TCPPING").doesNotContainKeys("MPING", "dns.DNS_PING");
        assertThat(stack.get("TCPPING")).containsEntry("initial_hosts", "10.0.0.1[7800],10.0.0.2[7800]");
    }

    @Test
    void dns_discovery_asks_the_headless_service_for_the_members() {
        var settings = ClusterSettings.dnsMembers("sohoa", 7800, HEADLESS_SERVICE);

        Map<String, Map<String, String>> stack = protocols(transportStack(settings));

        assertThat(stack).containsKey("dns.DNS_PING").doesNotContainKeys("MPING", "TCPPING");
        assertThat(stack.get("dns.DNS_PING")).containsEntry("dns_query", HEADLESS_SERVICE);
        assertThat(stack.get("TCP")).containsEntry("bind_port", "7800").containsEntry("port_range", "0");
    }

    @Test
    void dns_discovery_without_a_service_name_is_refused_at_start() {
        var settings = ClusterSettings.dnsMembers("sohoa", 7800, null);

        assertThatThrownBy(() -> CacheConfigurationFile.read(settings))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sohoa.cluster.dns-query");
    }

    private static JGroupsChannelConfigurator transportStack(ClusterSettings settings) {
        GlobalConfiguration global = CacheConfigurationFile.read(settings).getGlobalConfigurationBuilder().build();
        assertThat(global.transport().stack()).isEqualTo(settings.discovery().stack());
        return global.transport().jgroups().configurator(global.transport().stack());
    }

    /** The stack's protocols by name, each with its attributes as written in the configuration. */
    private static Map<String, Map<String, String>> protocols(JGroupsChannelConfigurator stack) {
        return stack.getProtocolStack().stream()
                .collect(Collectors.toMap(ProtocolConfiguration::getProtocolName,
                        ProtocolConfiguration::getProperties));
    }
}
