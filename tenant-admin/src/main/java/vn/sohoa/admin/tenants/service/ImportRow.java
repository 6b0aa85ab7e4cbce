package vn.sohoa.admin.tenants.service;

import vn.sohoa.platform.tenancy.domain.TenantKind;

/**
 * One data line of a tenant import file, as written ({@code kind} not yet checked); {@code parentCode}
 * is null when the line names no parent.
 *
 * @param line the line of the file the row starts on (1 is the header)
 */
public record ImportRow(int line, String code, String name, String kind, String parentCode) {

    /** The tenant this row creates; only for a row that passed every check. */
    TenantDraft draft() {
        return new TenantDraft(code, name, TenantKind.valueOf(kind), parentCode);
    }
}
