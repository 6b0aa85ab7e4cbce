package vn.sohoa.platform.support.domain;

/** The age band of one person helped, recorded instead of a birth date. */
public enum AgeBand {
    UNDER_18, FROM_18_TO_35, FROM_36_TO_59, FROM_60
}
