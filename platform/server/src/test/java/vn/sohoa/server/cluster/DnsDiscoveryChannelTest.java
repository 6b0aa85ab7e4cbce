package vn.sohoa.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.infinispan.configuration.global.GlobalConfiguration;
import org.jgroups.JChannel;
import org.jgroups.protocols.TCP;
import org.jgroups.protocols.dns.DNS_PING;
import org.junit.jupiter.api.Test;
import vn.sohoa.platform.cluster.CacheConfigurationFile;

/**
 * Inside the running application JGroups builds the {@code dns} stack. DNS_PING resolves through JNDI, which
 * Quarkus disables for the whole JVM unless {@code quarkus.naming.enable-jndi} is set; a plain unit test would
 * not see that. The channel is built, never connected, so no DNS server is needed.
 */
@QuarkusTest
class DnsDiscoveryChannelTest {

    private static final String HEADLESS_SERVICE = "sohoa-jgroups.production.svc.cluster.local";

    @Test
    void jgroups_builds_a_channel_that_asks_the_headless_service_for_the_members() throws Exception {
        var settings = ClusterSettings.dnsMembers("sohoa", 7800, HEADLESS_SERVICE);
        GlobalConfiguration global = CacheConfigurationFile.read(settings).getGlobalConfigurationBuilder().build();

        try (JChannel channel = global.transport().jgroups().configurator(global.transport().stack())
                .createChannel("sohoa")) {
            DNS_PING discovery = channel.getProtocolStack().findProtocol(DNS_PING.class);
            TCP transport = channel.getProtocolStack().findProtocol(TCP.class);
            assertThat(discovery).isNotNull();
            assertThat(discovery.dnsQuery()).isEqualTo(HEADLESS_SERVICE);
            assertThat(transport.getBindPort()).isEqualTo(7800);
        }
    }
}
