package vn.sohoa.server.deploy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** The chart in {@code helm/sohoa}, linted and rendered by Helm's own code (helm-java), with no helm binary. */
final class HelmChart {

    /** Release name and namespace every rendering uses. */
    static final String RELEASE = "prod";
    static final String NAMESPACE = "sohoa";

    private static final Path DIRECTORY = locate();

    private HelmChart() {
    }

    static LintResult lintStrictly() {
        return new Helm(DIRECTORY).lint().strict().call();
    }

    /** {@code helm template} with the chart's defaults, overridden by {@code values} ({@code --set key=value}). */
    static RenderedChart render(Map<String, Object> values) {
        TemplateCommand template = new Helm(DIRECTORY).template().withName(RELEASE).withNamespace(NAMESPACE);
        values.forEach(template::set);
        return RenderedChart.parse(template.call());
    }

    /**
     * The chart beside the repository root, found upwards from the compiled tests rather than from the working
     * directory, which differs between Maven (the module) and an IDE (often the root).
     */
    private static Path locate() {
        try {
            Path start = Path.of(HelmChart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                Path chart = dir.resolve("helm/sohoa");
                if (Files.isRegularFile(chart.resolve("Chart.yaml"))) {
                    return chart;
                }
            }
            throw new IllegalStateException("No helm/sohoa/Chart.yaml above " + start);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
