package vn.sohoa.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.marcnuri.helm.LintResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Helm chart in {@code helm/sohoa} lints cleanly and renders what a cluster of Sohoa replicas needs. Plain
 * JUnit, no Quarkus: Helm runs in this JVM through helm-java.
 */
class HelmChartTest {

    private static final String DEPLOYMENT = HelmChart.RELEASE + "-sohoa";
    private static final String HEADLESS_SERVICE = HelmChart.RELEASE + "-sohoa-jgroups";
    /** Maps whose keys the user chooses: values.yaml documents the map, not each key of its example content. */
    private static final Pattern FREE_FORM =
            Pattern.compile("(annotations|labels|requests|limits|podSecurityContext|securityContext|capabilities|seccompProfile):.*");

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
        assertThat(env).containsKeys("QUARKUS_DATASOURCE_PASSWORD",
                "QUARKUS_OIDC_CREDENTIALS_SECRET", "QUARKUS_KEYCLOAK_ADMIN_CLIENT_CLIENT_SECRET");
        assertThat(RenderedChart.env(chart.migrationsContainer())).containsKey("QUARKUS_LIQUIBASE_PASSWORD");
        env.putAll(RenderedChart.env(chart.migrationsContainer()));
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
        RenderedChart chart = HelmChart.render(Map.of());
        Map<String, JsonNode> env = chart.env();
        Map<String, JsonNode> migrations = RenderedChart.env(chart.migrationsContainer());

        for (String key : List.of("quarkus.datasource.jdbc.url", "quarkus.datasource.username",
                "quarkus.datasource.password", "quarkus.liquibase.migrate-at-start",
                "quarkus.oidc.auth-server-url", "quarkus.oidc.client-id", "quarkus.oidc.credentials.secret",
                "quarkus.oidc.api.auth-server-url", "quarkus.oidc.api.client-id", "quarkus.oidc.api.token.audience",
                "quarkus.keycloak.admin-client.server-url", "quarkus.keycloak.admin-client.realm",
                "quarkus.keycloak.admin-client.client-id", "quarkus.keycloak.admin-client.client-secret",
                "sohoa.identity.realm", "sohoa.cluster.name", "sohoa.cluster.discovery", "sohoa.cluster.bind-port")) {
            assertThat(declared(application, key)).as("%s in application.properties", key).isTrue();
            assertThat(env).as("environment of the Deployment").containsKey(environmentName(key));
        }
        for (String key : List.of("quarkus.datasource.jdbc.url", "quarkus.liquibase.migrate-at-start",
                "quarkus.liquibase.username", "quarkus.liquibase.password", "quarkus.liquibase.change-log-parameters.app_role")) {
            assertThat(declared(application, key)).as("%s in application.properties", key).isTrue();
            assertThat(migrations).as("environment of the migrations Job").containsKey(environmentName(key));
        }
    }

    @Test
    void migrations_run_in_a_hook_job_before_install_and_upgrade_as_the_owner_and_then_exit() {
        RenderedChart chart = HelmChart.render(Map.of());
        JsonNode job = chart.get("Job", HelmChart.RELEASE + "-sohoa-migrations");
        Map<String, JsonNode> env = RenderedChart.env(chart.migrationsContainer());

        assertThat(job.at("/metadata/annotations").path(HelmChart.HOOK).asText()).isEqualTo("pre-install,pre-upgrade");
        assertThat(job.at("/spec/template/spec/restartPolicy").asText()).isEqualTo("Never");
        assertThat(chart.migrationsContainer().path("image").asText())
                .isEqualTo(chart.container().path("image").asText());
        assertThat(env.get("QUARKUS_INIT_AND_EXIT").path("value").asText()).isEqualTo("true");
        assertThat(env.get("QUARKUS_LIQUIBASE_MIGRATE_AT_START").path("value").asText()).isEqualTo("true");
        assertThat(env.get("QUARKUS_LIQUIBASE_USERNAME").path("value").asText()).isEqualTo("sohoa_owner");
        assertThat(env.get("QUARKUS_LIQUIBASE_PASSWORD").at("/valueFrom/secretKeyRef/key").asText())
                .isEqualTo("database-owner-password");
        assertThat(env.get("QUARKUS_LIQUIBASE_CHANGE_LOG_PARAMETERS_APP_ROLE").path("value").asText())
                .isEqualTo("sohoa_app");
        // It needs no other secret: no sign-in, no Keycloak admin client (MigrationsJobModeTest starts it so).
        assertThat(env.values()).allSatisfy(variable -> assertThat(variable.at("/valueFrom/secretKeyRef/key").asText())
                .isIn("", "database-owner-password"));
        assertThat(env.get("QUARKUS_KEYCLOAK_ADMIN_CLIENT_SERVER_URL").path("value").asText()).isEmpty();
        // The hook's pod must not be taken for a replica by the Service, the PodDisruptionBudget or the cluster.
        JsonNode selector = chart.get("Deployment", DEPLOYMENT).at("/spec/selector/matchLabels");
        JsonNode podLabels = job.at("/spec/template/metadata/labels");
        assertThat(selector.properties()).anySatisfy(label ->
                assertThat(podLabels.path(label.getKey()).asText()).isNotEqualTo(label.getValue().asText()));
    }

    @Test
    void the_replicas_never_hold_the_owner_password_and_never_migrate() {
        RenderedChart chart = HelmChart.render(Map.of());
        Map<String, JsonNode> env = chart.env();

        assertThat(env).doesNotContainKeys("QUARKUS_LIQUIBASE_USERNAME", "QUARKUS_LIQUIBASE_PASSWORD");
        assertThat(env.values()).noneSatisfy(variable -> assertThat(variable.at("/valueFrom/secretKeyRef/key").asText())
                .isEqualTo("database-owner-password"));
        assertThat(env.get("QUARKUS_LIQUIBASE_MIGRATE_AT_START").path("value").asText()).isEqualTo("false");
        assertThat(env.get("QUARKUS_DATASOURCE_USERNAME").path("value").asText()).isEqualTo("sohoa_app");
        assertThat(env).doesNotContainKey("SOHOA_SECURITY_ALLOW_DEV_SECRETS");
    }

    @Test
    void api_tokens_must_carry_the_api_audience() {
        Map<String, JsonNode> env = HelmChart.render(Map.of("oidc.apiAudience", "sohoa-api-haugiang")).env();

        assertThat(env.get("QUARKUS_OIDC_API_TOKEN_AUDIENCE").path("value").asText()).isEqualTo("sohoa-api-haugiang");
    }

    @Test
    void there_is_no_service_monitor_nor_dashboard_unless_enabled() {
        assertThat(HelmChart.render(Map.of()).kinds()).doesNotContain("ServiceMonitor", "ConfigMap");
    }

    @Test
    void an_enabled_service_monitor_scrapes_the_metrics_of_every_replica() {
        RenderedChart chart = HelmChart.render(Map.of("metrics.serviceMonitor.enabled", true,
                "metrics.serviceMonitor.labels.release", "kube-prometheus-stack"));

        JsonNode monitor = chart.get("ServiceMonitor", DEPLOYMENT);
        assertThat(monitor.at("/metadata/labels/release").asText()).isEqualTo("kube-prometheus-stack");
        assertThat(monitor.at("/spec/endpoints/0/path").asText()).isEqualTo("/q/metrics");
        assertThat(monitor.at("/spec/endpoints/0/port").asText())
                .isEqualTo(chart.get("Service", DEPLOYMENT).at("/spec/ports/0/name").asText());
        assertThat(monitor.at("/spec/selector/matchLabels"))
                .isEqualTo(chart.get("Service", DEPLOYMENT).at("/spec/selector"));
    }

    @Test
    void an_enabled_dashboard_is_a_grafana_dashboard_of_the_published_metrics() throws IOException {
        RenderedChart chart = HelmChart.render(Map.of("metrics.grafanaDashboard.enabled", true));

        JsonNode configMap = chart.get("ConfigMap", DEPLOYMENT + "-dashboard");
        assertThat(configMap.at("/metadata/labels/grafana_dashboard").asText()).isEqualTo("1");
        JsonNode dashboard = new ObjectMapper().readTree(configMap.at("/data/sohoa.json").asText());
        assertThat(dashboard.path("title").asText()).isEqualTo("Sohoa");
        String queries = dashboard.path("panels").findValuesAsText("expr").toString();
        assertThat(queries).contains("http_server_requests_seconds_count", "agroal_active_count",
                "jvm_memory_used_bytes", "sohoa_cluster_members", "cache_gets_total",
                "sohoa_support_records_logged_total");
    }

    @Test
    void every_value_of_the_chart_is_documented_by_a_comment() throws IOException {
        List<String> lines = Files.readAllLines(HelmChart.directory().resolve("values.yaml"));
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            boolean setting = line.matches("[A-Za-z][\\w-]*:\\s*\\S.*") && !line.startsWith("#");
            if (setting && !insideFreeFormMap(lines, i)) {
                assertThat(lines.get(i - 1).strip()).as("the line above values.yaml:%d %s", i + 1, line).startsWith("#");
            }
        }
    }

    /** Whether line {@code i} lies in a map whose keys the user chooses (annotations, labels, resources...). */
    private static boolean insideFreeFormMap(List<String> lines, int i) {
        int indent = indent(lines.get(i));
        for (int j = i - 1; j >= 0; j--) {
            String above = lines.get(j);
            if (!above.isBlank() && !above.strip().startsWith("#") && indent(above) < indent) {
                return FREE_FORM.matcher(above.strip()).matches() || insideFreeFormMap(lines, j);
            }
        }
        return false;
    }

    private static int indent(String line) {
        return line.length() - line.stripLeading().length();
    }

    /** Whether application.properties sets {@code key} for every profile or for the test profile. */
    private static boolean declared(Properties application, String key) {
        return application.containsKey(key) || application.containsKey("%test." + key);
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
