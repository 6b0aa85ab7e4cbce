package vn.sohoa.platform.certificates.service;

import java.time.LocalDate;
import vn.sohoa.platform.certificates.domain.CertificateStatus;

/**
 * What anyone holding a serial may learn about its certificate, and nothing more: not the account, the
 * course's code or version, the tenant where the person learned, nor why or by whom it was revoked.
 *
 * @param course the course's title
 * @param issuer the issuing tenant's name
 */
public record PublicCertificate(String serial, String holderName, String course, String issuer, LocalDate issuedOn,
                                CertificateStatus status) {
}
