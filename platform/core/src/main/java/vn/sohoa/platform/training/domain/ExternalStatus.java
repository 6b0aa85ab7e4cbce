package vn.sohoa.platform.training.domain;

/** Where a certificate from another platform stands: waiting for review, accepted (a completion), or refused. */
public enum ExternalStatus {
    PENDING, ACCEPTED, REFUSED
}
