package vn.sohoa.platform.certificates.domain;

/** Whether a certificate still stands. A revoked certificate stays verifiable, as revoked. */
public enum CertificateStatus {
    VALID,
    REVOKED
}
