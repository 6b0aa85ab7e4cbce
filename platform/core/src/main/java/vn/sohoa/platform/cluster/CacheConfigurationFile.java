package vn.sohoa.platform.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.infinispan.configuration.parsing.ConfigurationBuilderHolder;
import org.infinispan.configuration.parsing.ParserRegistry;

/** {@code sohoa-infinispan.xml}, read with one replica's cluster settings in place of its variables. */
public final class CacheConfigurationFile {

    private static final String FILE = "/sohoa-infinispan.xml";

    private CacheConfigurationFile() {
    }

    /**
     * Reads the file with the JGroups stack of the chosen discovery.
     *
     * @throws IllegalStateException when {@code dns} discovery is chosen without {@code sohoa.cluster.dns-query}
     */
    public static ConfigurationBuilderHolder read(ClusterConfig config) {
        ClassLoader loader = CacheConfigurationFile.class.getClassLoader();
        ParserRegistry parser = new ParserRegistry(loader, false, variables(config));
        try {
            return parser.parse(CacheConfigurationFile.class.getResource(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the cache configuration", e);
        }
    }

    /**
     * The values of the file's variables. Given properties replace the system properties the parser would
     * otherwise read, so these start from them: JGroups tuning given with {@code -Djgroups.*} still applies.
     */
    private static Properties variables(ClusterConfig config) {
        if (config.discovery() == ClusterConfig.Discovery.DNS && config.dnsQuery().isEmpty()) {
            throw new IllegalStateException(
                    "sohoa.cluster.discovery=dns needs sohoa.cluster.dns-query, the DNS name of a headless service");
        }
        Properties variables = new Properties();
        variables.putAll(System.getProperties());
        variables.setProperty("sohoa.cluster.name", config.name());
        variables.setProperty("sohoa.cluster.discovery", config.discovery().stack());
        variables.setProperty("sohoa.cluster.initial-hosts", config.initialHosts());
        config.dnsQuery().ifPresent(query -> variables.setProperty("sohoa.cluster.dns-query", query));
        variables.setProperty("jgroups.bind.address", config.bindAddress());
        variables.setProperty("jgroups.bind.port", String.valueOf(config.bindPort()));
        return variables;
    }
}
