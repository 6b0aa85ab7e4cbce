package vn.sohoa.platform.tenancy.domain;

import java.util.Set;

/**
 * Fired once when many tenants' registry entries were created or changed together, as by an import; cached
 * copies must be dropped with one invalidation for all of them rather than one per code.
 */
public record TenantsChanged(Set<String> codes) {

    public TenantsChanged {
        codes = Set.copyOf(codes);
    }
}
