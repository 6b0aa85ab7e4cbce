package vn.sohoa.admin.tenants.api;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.TenantStatus;

/**
 * The {@code ?status=} filter of the tenant list, read as text so a wrong value is a 400 naming the
 * parameter. Values may be repeated or comma-separated; without any, archived and merged tenants are
 * left out, because pickers must not offer them.
 */
final class StatusFilter {

    static final String DESCRIPTION = "Life-cycle states to list (ACTIVE, SUSPENDED, MERGED, ARCHIVED), repeated "
            + "(status=ACTIVE&status=ARCHIVED) or comma-separated (status=ACTIVE,ARCHIVED). Without it, ACTIVE "
            + "and SUSPENDED tenants are listed: archived and merged tenants only when asked for.";

    private StatusFilter() {
    }

    static Set<TenantStatus> parse(List<String> values) {
        List<String> named = values == null ? List.of() : values.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .toList();
        if (named.isEmpty()) {
            return TenantStatus.live();
        }
        EnumSet<TenantStatus> statuses = EnumSet.noneOf(TenantStatus.class);
        for (String value : named) {
            statuses.add(Arrays.stream(TenantStatus.values())
                    .filter(status -> status.name().equals(value.toUpperCase(Locale.ROOT)))
                    .findFirst()
                    .orElseThrow(() -> ProblemException.invalid("status",
                            "must be ACTIVE, SUSPENDED, MERGED or ARCHIVED, not " + value)));
        }
        return statuses;
    }
}
