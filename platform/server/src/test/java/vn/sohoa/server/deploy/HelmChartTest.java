package vn.sohoa.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.marcnuri.helm.LintResult;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The Helm chart in {@code helm/sohoa} lints cleanly and renders what a cluster of Sohoa replicas needs. Plain
 * JUnit, no Quarkus: Helm runs in this JVM through helm-java.
 */
class HelmChartTest {

    private static final String DEPLOYMENT = HelmChart.RELEASE + "-sohoa";
    private static final String HEADLESS_SERVICE = HelmChart.RELEASE + "-sohoa-jgroups";

    @Test
    void the_chart_passes_a_strict_lint() {
        LintResult result = HelmChart.lintStrictly();

        assertThat(result.isFailed()).as(String.join("\n", result.getMessages())).isFalse();
    }

    @Test
    void replicas_find_each_other_through_a_headless_service_that_publishes_starting_pods() {
        RenderedChart chart = HelmChart.render(Map.of());

        JsonNode headless = chart.get("Service", HEADLESS_SERVICE).path("spec");
        assertThat(headless.path("clusterIP").asText()).isEqualTo("None");
        assertThat(headless.path("publishNotReadyAddresses").asBoolean()).isTrue();
        assertThat(headless.at("/ports/0/port").asInt()).isEqualTo(7800);
        assertThat(headless.path("selector"))
                .isEqualTo(chart.get("Deployment", DEPLOYMENT).at("/spec/template/metadata/labels"));

        Map<String, JsonNode> env = chart.env();
        assertThat(env.get("SOHOA_CLUSTER_DISCOVERY").path("value").asText()).isEqualTo("dns");
        assertThat(env.get("SOHOA_CLUSTER_DNS_QUERY").path("value").asText())
                .isEqualTo(HEADLESS_SERVICE + "." + HelmChart.NAMESPACE + ".svc.cluster.local");
        assertThat(env.get("SOHOA_CLUSTER_BIND_PORT").path("value").asText()).isEqualTo("7800");
        assertThat(env.get("SOHOA_CLUSTER_BIND_ADDRESS").at("/valueFrom/fieldRef/fieldPath").asText())
                .isEqualTo("status.podIP");
    }

    @Test
    void probes_ask_quarkus_health_on_the_http_port() {
        JsonNode container = HelmChart.render(Map.of()).container();

        assertThat(container.at("/ports/0/name").asText()).isEqualTo("http");
        assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(8080);
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/readinessProbe/httpGet/port").asText()).isEqualTo("http");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/livenessProbe/httpGet/port").asText()).isEqualTo("http");
    }

    @Test
    void passwords_and_client_secrets_are_read_from_the_secret_never_written_in_the_chart() {
        RenderedChart chart = HelmChart.render(Map.of("secret.name", "sohoa-prod-secrets"));
        Map<String, JsonNode> env = chart.env();

        assertThat(chart.kinds()).doesNotContain("Secret", "ConfigMap");
        assertThat(env).containsKeys("QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_LIQUIBASE_PASSWORD",
                "QUARKUS_OIDC_CREDENTIALS_SECRET", "QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET");
        env.forEach((name, variable) -> {
            if (name.contains("PASSWORD") || name.contains("SECRET")) {
                assertThat(variable.has("value")).as(name).isFalse();
                assertThat(variable.at("/valueFrom/secretKeyRef/name").asText()).as(name)
                        .isEqualTo("sohoa-prod-secrets");
                assertThat(variable.at("/valueFrom/secretKeyRef/key").asText()).as(name).isNotBlank();
            }
        });
    }

    @Test
    void every_connection_setting_of_the_application_is_set_by_its_quarkus_environment_name() throws IOException {
        Properties application = new Properties();
        try (InputStream in = HelmChartTest.class.getResourceAsStream("/application.properties")) {
            application.load(in);
        }
        Map<String, JsonNode> env = HelmChart.render(Map.of()).env();

        for (String key : List.of("quarkus.datasource.jdbc.url", "quarkus.datasource.username",
                "quarkus.datasource.password", "quarkus.liquibase.username", "quarkus.liquibase.password",
                "quarkus.oidc.auth-server-url", "quarkus.oidc.client-id", "quarkus.oidc.credentials.secret",
                "quarkus.oidc.api.auth-server-url", "quarkus.oidc.api.client-id",
                "quarkus.keycloak.admin-client.server-url", "quarkus.keycloak.admin-client.realm",
                "quarkus.keycloak.admin-client.client-id", "quarkus.keycloak.admin-client.client-secret",
                "sohoa.identity.realm", "sohoa.cluster.name", "sohoa.cluster.discovery", "sohoa.cluster.bind-port")) {
            assertThat(application).as("application.properties").containsKey(key);
            assertThat(env).as("environment of the Deployment").containsKey(environmentName(key));
        }
    }

    @Test
    void there_is_no_ingress_unless_it_is_enabled() {
        assertThat(HelmChart.render(Map.of()).kinds()).doesNotContain("Ingress");
    }

    @Test
    void an_enabled_ingress_pins_each_browser_to_one_replica_for_vaadin() {
        RenderedChart chart = HelmChart.render(
                Map.of("ingress.enabled", true, "ingress.host", "sohoa.haugiang.gov.vn"));

        JsonNode ingress = chart.get("Ingress", DEPLOYMENT);
        assertThat(ingress.at("/metadata/annotations/nginx.ingress.kubernetes.io~1affinity").asText())
                .isEqualTo("cookie");
        assertThat(ingress.at("/spec/rules/0/host").asText()).isEqualTo("sohoa.haugiang.gov.vn");
        assertThat(ingress.at("/spec/rules/0/http/paths/0/backend/service/name").asText()).isEqualTo(DEPLOYMENT);
    }

    @Test
    void replicas_and_image_follow_the_values() {
        JsonNode byDefault = HelmChart.render(Map.of()).get("Deployment", DEPLOYMENT);
        JsonNode chosen = HelmChart.render(Map.of("replicaCount", 3,
                        "image.repository", "registry.haugiang.gov.vn/sohoa", "image.tag", "1.2.0"))
                .get("Deployment", DEPLOYMENT);

        assertThat(byDefault.at("/spec/replicas").asInt()).isEqualTo(2);
        assertThat(byDefault.at("/spec/template/spec/containers/0/image").asText())
                .isEqualTo("registry.example.vn/sohoa/sohoa-server:0.1.0-SNAPSHOT");
        assertThat(chosen.at("/spec/replicas").asInt()).isEqualTo(3);
        assertThat(chosen.at("/spec/template/spec/containers/0/image").asText())
                .isEqualTo("registry.haugiang.gov.vn/sohoa:1.2.0");
    }

    @Test
    void the_container_runs_as_non_root_on_a_read_only_file_system_with_a_writable_tmp() {
        RenderedChart chart = HelmChart.render(Map.of());
        JsonNode pod = chart.get("Deployment", DEPLOYMENT).at("/spec/template/spec");
        JsonNode container = chart.container();

        assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
        assertThat(container.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(container.at("/volumeMounts/0/mountPath").asText()).isEqualTo("/tmp");
        assertThat(pod.at("/volumes/0/name").asText()).isEqualTo(container.at("/volumeMounts/0/name").asText());
        assertThat(pod.at("/volumes/0").has("emptyDir")).isTrue();
        assertThat(container.at("/resources/requests/memory").asText()).isNotBlank();
        assertThat(container.at("/resources/limits/memory").asText()).isNotBlank();
        assertThat(chart.env()).containsKey("JAVA_OPTS_APPEND");
    }

    @Test
    void a_disruption_budget_and_a_service_account_come_with_the_release() {
        RenderedChart chart = HelmChart.render(Map.of());

        assertThat(chart.get("PodDisruptionBudget", DEPLOYMENT).at("/spec/minAvailable").asInt()).isEqualTo(1);
        assertThat(chart.get("Deployment", DEPLOYMENT).at("/spec/template/spec/serviceAccountName").asText())
                .isEqualTo(chart.get("ServiceAccount", DEPLOYMENT).at("/metadata/name").asText());
    }

    /** Quarkus' environment-variable form of a configuration key: upper case, other characters become {@code _}. */
    private static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
