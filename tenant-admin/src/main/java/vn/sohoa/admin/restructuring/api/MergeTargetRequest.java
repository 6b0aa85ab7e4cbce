package vn.sohoa.admin.restructuring.api;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.sohoa.admin.restructuring.service.MergeTarget;
import vn.sohoa.admin.tenants.service.TenantDraft;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.validation.Code;

/** The successor of a merge: {@code {existingCode}} or {@code {code, name, kind, parentCode}}. */
public record MergeTargetRequest(
        @Pattern(regexp = Code.PATTERN, message = "must be a tenant code") String existingCode,
        @Pattern(regexp = Code.PATTERN, message = "must be 1 to 32 letters, digits, dots or hyphens") String code,
        @Size(max = 200) String name,
        TenantKind kind,
        @Pattern(regexp = Code.PATTERN, message = "must be a tenant code") String parentCode) {

    /** Either an existing tenant alone, or a complete new one. */
    @AssertTrue(message = "must be either {existingCode} or {code, name, kind, parentCode}")
    public boolean isEitherExistingOrNew() {
        boolean describesNew = code != null || name != null || kind != null || parentCode != null;
        return existingCode != null ? !describesNew : code != null && name != null && !name.isBlank() && kind != null;
    }

    MergeTarget toTarget() {
        return existingCode != null ? new MergeTarget(existingCode, null)
                : new MergeTarget(null, new TenantDraft(code, name.strip(), kind, parentCode));
    }
}
