package vn.sohoa.admin.tenants.service;

import vn.sohoa.platform.tenancy.domain.TenantKind;

/** A tenant to be created; {@code parentCode} is null for a top-level tenant. */
public record TenantDraft(String code, String name, TenantKind kind, String parentCode) {}
