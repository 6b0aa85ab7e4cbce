package vn.sohoa.ui.tenants;

import vn.sohoa.platform.tenancy.domain.TenantKind;

/**
 * What the tenant form edits. Public because the form's binder reads and creates it by reflection.
 */
public record TenantFields(String code, String name, TenantKind kind) {

    static final TenantFields BLANK = new TenantFields("", "", null);
}
