package vn.sohoa.admin.tenants.service;

import java.util.EnumSet;
import java.util.Set;
import vn.sohoa.platform.tenancy.domain.TenantStatus;

/**
 * Which of the visible tenants to list.
 *
 * @param parentCode only the children of this tenant; null for any parent
 * @param search     text in the code or the name, compared without case and diacritics ("Vi Thanh"
 *                   finds "Vị Thanh", "dai" finds "Đại"); null or blank for all
 * @param rootsOnly  only the tops of what the caller sees: the top-level tenants for a province
 *                   administrator, otherwise the visible tenants whose parent is not visible
 * @param statuses   only tenants in one of these states; pickers ask for {@link TenantStatus#live()}
 */
public record TenantFilter(String parentCode, String search, boolean rootsOnly, Set<TenantStatus> statuses) {

    /** Every visible tenant (below {@code parentCode}, when given) matching {@code search}, whatever its state. */
    public static TenantFilter of(String parentCode, String search) {
        return new TenantFilter(parentCode, search, false, EnumSet.allOf(TenantStatus.class));
    }

    /** The tops of what the caller sees, whatever their state: where a tree starts. */
    public static TenantFilter roots() {
        return new TenantFilter(null, null, true, EnumSet.allOf(TenantStatus.class));
    }

    /** The live tenants (not merged or archived) matching {@code search}, as pickers offer them. */
    public static TenantFilter live(String search) {
        return new TenantFilter(null, search, false, TenantStatus.live());
    }
}
