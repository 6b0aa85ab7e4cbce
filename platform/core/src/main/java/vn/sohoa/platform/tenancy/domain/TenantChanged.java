package vn.sohoa.platform.tenancy.domain;

/** Fired when a tenant's registry entry was created or changed; cached copies must be dropped. */
public record TenantChanged(String code) {}
