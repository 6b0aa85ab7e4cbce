package vn.sohoa.admin.tenants.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.sohoa.admin.tenants.service.TenantDraft;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.validation.Code;

/** A tenant to create. */
public record TenantRequest(
        @Code String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull TenantKind kind,
        @Pattern(regexp = Code.PATTERN, message = "must be 1 to 32 letters, digits, dots or hyphens") String parentCode) {

    TenantDraft draft() {
        return new TenantDraft(code, name.strip(), kind, parentCode);
    }
}
