package vn.sohoa.platform.tenancy.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which roles a person holds in one tenant: in the tenant itself, and in its strict ancestors (a role
 * held above reaches every tenant below). This is all the kernel says about a caller; each
 * {@link Permission} decides from it.
 *
 * @param here  roles held in the tenant itself
 * @param above roles held in one of its ancestors
 */
public record Standing(Set<Role> here, Set<Role> above) {

    public Standing {
        here = Set.copyOf(here);
        above = Set.copyOf(above);
    }

    /** The standing of someone with these memberships in {@code tenant}. */
    public static Standing of(List<MembershipGrant> grants, TenantSnapshot tenant) {
        Set<Role> here = EnumSet.noneOf(Role.class);
        Set<Role> above = EnumSet.noneOf(Role.class);
        for (MembershipGrant grant : grants) {
            if (grant.tenantPath().equals(tenant.path())) {
                here.add(grant.role());
            } else if (grant.coversFromAbove(tenant)) {
                above.add(grant.role());
            }
        }
        return new Standing(here, above);
    }

    /** Whether the person holds any role here or above, so the tenant exists for them. */
    public boolean sees() {
        return !here.isEmpty() || !above.isEmpty();
    }

    /** Whether the person holds a role that monitors the tenant (any but LEARNER) here or above. */
    public boolean monitors() {
        return here.stream().anyMatch(role -> role != Role.LEARNER) || above.stream().anyMatch(role -> role != Role.LEARNER);
    }

    /** Whether the person holds one of {@code roles} in the tenant itself. */
    public boolean holdsHere(Role... roles) {
        return List.of(roles).stream().anyMatch(here::contains);
    }

    /** Whether the person holds {@code role} in one of the tenant's ancestors. */
    public boolean holdsAbove(Role role) {
        return above.contains(role);
    }

    /** Whether the person holds {@code role} in the tenant itself or in one of its ancestors. */
    public boolean holdsHereOrAbove(Role role) {
        return here.contains(role) || above.contains(role);
    }
}
