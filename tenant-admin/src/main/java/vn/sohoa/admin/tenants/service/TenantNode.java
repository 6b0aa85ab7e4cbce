package vn.sohoa.admin.tenants.service;

import vn.sohoa.platform.tenancy.domain.TenantSnapshot;

/** A tenant as a list or a tree shows it: whether it has children decides whether it can be opened. */
public record TenantNode(TenantSnapshot tenant, boolean hasChildren) {}
