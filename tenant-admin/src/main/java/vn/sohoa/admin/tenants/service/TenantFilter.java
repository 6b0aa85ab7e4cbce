package vn.sohoa.admin.tenants.service;

/**
 * Which of the visible tenants to list.
 *
 * @param parentCode only the children of this tenant; null for any parent
 * @param search     text in the code or the name, compared without case and diacritics ("Vi Thanh"
 *                   finds "Vị Thanh", "dai" finds "Đại"); null or blank for all
 * @param rootsOnly  only the tops of what the caller sees: the top-level tenants for a province
 *                   administrator, otherwise the visible tenants whose parent is not visible
 * @param liveOnly   leave out tenants that ended (MERGED, ARCHIVED), as pickers do
 */
public record TenantFilter(String parentCode, String search, boolean rootsOnly, boolean liveOnly) {

    /** Every visible tenant (below {@code parentCode}, when given) matching {@code search}. */
    public static TenantFilter of(String parentCode, String search) {
        return new TenantFilter(parentCode, search, false, false);
    }
}
