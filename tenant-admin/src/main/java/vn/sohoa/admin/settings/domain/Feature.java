package vn.sohoa.admin.settings.domain;

/** A part of Sohoa a tenant can switch on or off. */
public enum Feature {
    SUPPORT_LOG, PILOTS, TRAINING, INDICATORS
}
