package vn.sohoa.admin.restructuring.service;

import vn.sohoa.admin.tenants.service.TenantDraft;

/** The successor of a merge: an existing tenant, or a new one to create. Exactly one is set. */
public record MergeTarget(String existingCode, TenantDraft newTenant) {

    public String code() {
        return existingCode != null ? existingCode : newTenant.code();
    }
}
