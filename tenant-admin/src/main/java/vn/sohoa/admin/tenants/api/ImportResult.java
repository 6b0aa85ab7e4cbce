package vn.sohoa.admin.tenants.api;

/** The answer to an import that went through: every row became a tenant. */
public record ImportResult(int created) {}
