package vn.sohoa.platform.support.domain;

/** The gender of one person helped, when they tell it. */
public enum Gender {
    FEMALE, MALE, OTHER
}
