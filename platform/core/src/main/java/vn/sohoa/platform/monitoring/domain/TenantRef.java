package vn.sohoa.platform.monitoring.domain;

/** A tenant named on a dashboard. */
public record TenantRef(String code, String name) {}
