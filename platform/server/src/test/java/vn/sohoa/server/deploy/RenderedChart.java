package vn.sohoa.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Kubernetes objects a rendering of the chart produced, parsed from its multi-document YAML. */
record RenderedChart(List<JsonNode> objects) {

    static RenderedChart parse(String yaml) {
        try (var documents = new YAMLMapper().readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
            return new RenderedChart(documents.readAll().stream().filter(JsonNode::isObject).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("helm template rendered invalid YAML", e);
        }
    }

    Optional<JsonNode> find(String kind, String name) {
        return objects.stream()
                .filter(o -> o.path("kind").asText().equals(kind)
                        && o.path("metadata").path("name").asText().equals(name))
                .findFirst();
    }

    JsonNode get(String kind, String name) {
        Optional<JsonNode> object = find(kind, name);
        assertThat(object).as("%s %s in %s", kind, name, kinds()).isPresent();
        return object.orElseThrow();
    }

    List<String> kinds() {
        return objects.stream().map(o -> o.path("kind").asText()).toList();
    }

    /** The Sohoa container of the release's Deployment. */
    JsonNode container() {
        return get("Deployment", HelmChart.RELEASE + "-sohoa").at("/spec/template/spec/containers/0");
    }

    /** The container of the migrations Job (a Helm hook). */
    JsonNode migrationsContainer() {
        return get("Job", HelmChart.RELEASE + "-sohoa-migrations").at("/spec/template/spec/containers/0");
    }

    /** The Sohoa container's environment variables by name, each as written ({@code value} or {@code valueFrom}). */
    Map<String, JsonNode> env() {
        return env(container());
    }

    /** A container's environment variables by name, each as written ({@code value} or {@code valueFrom}). */
    static Map<String, JsonNode> env(JsonNode container) {
        Map<String, JsonNode> env = new LinkedHashMap<>();
        container.path("env").forEach(variable -> env.put(variable.path("name").asText(), variable));
        return env;
    }
}
