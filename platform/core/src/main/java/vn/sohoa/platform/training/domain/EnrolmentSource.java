package vn.sohoa.platform.training.domain;

/** How a person came to be enrolled. */
public enum EnrolmentSource {
    SELF, ADMIN, ASSIGNMENT, FILE, EXTERNAL
}
