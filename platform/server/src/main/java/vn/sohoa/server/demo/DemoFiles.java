package vn.sohoa.server.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import vn.sohoa.admin.tenants.service.TenantDraft;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.units.domain.UnitType;
import vn.sohoa.platform.units.service.UnitDraft;

/** Reads the demo files shipped with the server and derives plausible sub-units for a commune. */
final class DemoFiles {

    private DemoFiles() {
    }

    /** The tenants of these CSV files ({@code code,name,kind,parentCode}, no quoted fields), parents first. */
    static List<TenantDraft> tenants(String... resources) {
        List<TenantDraft> drafts = new ArrayList<>();
        for (String resource : resources) {
            try (InputStream in = DemoFiles.class.getResourceAsStream(resource);
                 BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",", -1))
                        .map(f -> new TenantDraft(f[0], f[1], TenantKind.valueOf(f[2]), f[3].isEmpty() ? null : f[3]))
                        .forEach(drafts::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read demo file " + resource, e);
            }
        }
        return drafts;
    }

    /**
     * Four to seven sub-units per commune: hamlets (ấp) in a commune or town, residential areas
     * (khu vực) in a ward. Sizes are drawn from a generator seeded by the commune code, so every load
     * gives the same numbers.
     */
    static List<UnitDraft> subUnits(TenantDraft commune) {
        boolean ward = commune.name().startsWith("Phường");
        Random random = new Random(commune.code().hashCode());
        int count = 4 + random.nextInt(4);
        return IntStream.rangeClosed(1, count).mapToObj(n -> {
            int households = 250 + random.nextInt(650);
            int population = (int) (households * (3.2 + random.nextDouble()));
            return ward
                    ? new UnitDraft("KV" + n, "Khu vực " + n, UnitType.RESIDENTIAL_GROUP, households, population)
                    : new UnitDraft("AP" + n, "Ấp " + n, UnitType.HAMLET, households, population);
        }).toList();
    }
}
