package vn.sohoa.platform.tenancy.domain;

/**
 * Fired when a person's memberships were added, changed or removed, or when tenants moved (which
 * changes where everyone's memberships reach); cached memberships must be dropped.
 *
 * @param subject whose memberships changed; null for everyone's
 */
public record MembershipsChanged(String subject) {

    public static MembershipsChanged of(String subject) {
        return new MembershipsChanged(subject);
    }

    public static MembershipsChanged everyone() {
        return new MembershipsChanged(null);
    }
}
