package vn.sohoa.platform.teams.service;

/**
 * A team or a person's time in it was created or changed in the current transaction: who covers which hamlet
 * may differ. Observers that must not react to a rolled-back change observe it {@code during = AFTER_SUCCESS}.
 */
public record TeamsChanged(long teamId) {}
