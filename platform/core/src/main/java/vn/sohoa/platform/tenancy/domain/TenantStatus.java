package vn.sohoa.platform.tenancy.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Life-cycle state of a tenant. Only an ACTIVE tenant accepts writes; the others keep their data for
 * reading. MERGED and ARCHIVED are final.
 */
public enum TenantStatus {
    ACTIVE, SUSPENDED, MERGED, ARCHIVED;

    /** Whether a tenant in this state may move to {@code next}. */
    public boolean canBecome(TenantStatus next) {
        return switch (this) {
            case ACTIVE -> Set.of(SUSPENDED, ARCHIVED, MERGED).contains(next);
            case SUSPENDED -> Set.of(ACTIVE, ARCHIVED, MERGED).contains(next);
            case MERGED, ARCHIVED -> false;
        };
    }

    /** Whether this state is one no tenant leaves again. */
    /** The states of tenants still serving: what lists and pickers show unless asked for more. */
    public static Set<TenantStatus> live() {
        return EnumSet.of(ACTIVE, SUSPENDED);
    }

    public boolean isFinal() {
        return this == MERGED || this == ARCHIVED;
    }
}
