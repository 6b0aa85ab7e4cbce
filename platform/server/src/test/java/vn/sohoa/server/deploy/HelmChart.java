package vn.sohoa.server.deploy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/** The chart in {@code helm/sohoa}, linted and rendered by Helm's own code (helm-java), with no helm binary. */
final class HelmChart {

    /** Release name and namespace every rendering uses. */
    static final String RELEASE = "prod";
    static final String NAMESPACE = "sohoa";

    /**
     * The key the rendering gives Helm's hook annotations ({@code helm.sh/hook}, {@code helm.sh/hook-weight}, ...).
     * helm-java's template leaves hook objects out (Helm's action library returns them apart; only the helm binary
     * prints them, manusa/helm-java#416), so {@link #render} renders a copy of the chart in which the annotations
     * carry this key instead: the hooks come out as ordinary objects, everything else as written.
     */
    static final String HOOK = "rendered-hook.sohoa.vn/hook";

    private static final Path DIRECTORY = locate();
    private static final Path WITH_HOOKS_SHOWN = copyShowingHooks();

    private HelmChart() {
    }

    /** The chart's directory, {@code helm/sohoa}. */
    static Path directory() {
        return DIRECTORY;
    }

    static LintResult lintStrictly() {
        return new Helm(DIRECTORY).lint().strict().call();
    }

    /** {@code helm template} with the chart's defaults, overridden by {@code values} ({@code --set key=value}). */
    static RenderedChart render(Map<String, Object> values) {
        TemplateCommand template = new Helm(WITH_HOOKS_SHOWN).template().withName(RELEASE).withNamespace(NAMESPACE);
        values.forEach(template::set);
        return RenderedChart.parse(template.call());
    }

    private static Path copyShowingHooks() {
        try {
            Path copy = Files.createTempDirectory("sohoa-chart-");
            try (Stream<Path> files = Files.walk(DIRECTORY)) {
                for (Path file : files.toList()) {
                    Path target = copy.resolve(DIRECTORY.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.writeString(target, Files.readString(file).replace("helm.sh/hook", HOOK));
                    }
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
