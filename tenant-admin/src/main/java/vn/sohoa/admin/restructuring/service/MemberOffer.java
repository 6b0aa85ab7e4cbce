package vn.sohoa.admin.restructuring.service;

/** A person who held a role in a predecessor and none in its successor yet. */
public record MemberOffer(String username, String role, String fromTenantCode) {}
