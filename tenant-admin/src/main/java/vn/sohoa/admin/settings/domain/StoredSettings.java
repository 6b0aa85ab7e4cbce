package vn.sohoa.admin.settings.domain;

/** A tenant's settings with the version an update must name. */
public record StoredSettings(Settings settings, long version) {}
