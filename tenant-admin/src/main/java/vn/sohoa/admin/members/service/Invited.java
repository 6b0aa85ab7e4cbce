package vn.sohoa.admin.members.service;

/**
 * A person who was just given an account, and the temporary password that lets them in once. Sohoa keeps
 * no copy of it: it is shown to the inviting administrator once, to hand over.
 */
public record Invited(Person person, String temporaryPassword) {}
