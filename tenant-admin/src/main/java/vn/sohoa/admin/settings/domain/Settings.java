package vn.sohoa.admin.settings.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A tenant's settings document, as stored in {@code tenant.settings}. The API's settings document
 * carries the constraints on its fields; {@link Contact} and {@link AnnualTargets} carry their own.
 */
public record Settings(
        String displayName,
        Contact contact,
        String address,
        Language locale,
        Set<Feature> enabledFeatures,
        AnnualTargets annualTargets) {

    public Settings {
        // Kept in a stable order so the document reads the same every time.
        if (enabledFeatures != null) {
            enabledFeatures = Collections.unmodifiableSortedSet(new TreeSet<>(enabledFeatures));
        }
    }

    /** What a tenant that never saved its settings gets: its own name, Vietnamese, every feature on. */
    public static Settings defaults(String tenantName) {
        return new Settings(tenantName, null, null, Language.VI, EnumSet.allOf(Feature.class), null);
    }
}
