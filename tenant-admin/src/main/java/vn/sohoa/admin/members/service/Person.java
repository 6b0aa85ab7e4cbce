package vn.sohoa.admin.members.service;

/** A person known to the identity provider. */
public record Person(String subject, String username) {}
