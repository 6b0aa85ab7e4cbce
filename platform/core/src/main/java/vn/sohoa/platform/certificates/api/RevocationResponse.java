package vn.sohoa.platform.certificates.api;

import java.time.Instant;
import vn.sohoa.platform.certificates.domain.Certificate;
import vn.sohoa.platform.certificates.domain.CertificateStatus;

/** A certificate as its issuing tenant sees it after a revocation. */
public record RevocationResponse(String serial, String holderName, String course, CertificateStatus status,
                                 String revokedReason, String revokedBy, Instant revokedAt) {

    static RevocationResponse of(Certificate certificate) {
        return new RevocationResponse(certificate.serial(), certificate.holderName(), certificate.courseTitle(),
                certificate.status(), certificate.revokedReason(), certificate.revokedBy(), certificate.revokedAt());
    }
}
