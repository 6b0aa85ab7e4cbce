package vn.sohoa.admin.tenants.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.sohoa.platform.tenancy.domain.TenantKind;

/** A tenant's new name and kind; {@code version} is the one the client last read. */
public record TenantChangeRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull TenantKind kind,
        @NotNull Long version) {}
