package vn.sohoa.platform.tenancy.domain;

/** What level of government (or kind of body) a tenant is. */
public enum TenantKind {
    PROVINCE, DEPARTMENT, DISTRICT, COMMUNE, SCHOOL, OTHER
}
