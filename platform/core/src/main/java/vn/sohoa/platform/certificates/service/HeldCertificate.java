package vn.sohoa.platform.certificates.service;

import java.time.LocalDate;
import vn.sohoa.platform.certificates.domain.CertificateStatus;

/** One of the caller's own certificates, as they list and print it. */
public record HeldCertificate(String serial, String holderName, String courseCode, String courseTitle,
                              int courseVersion, String issuerCode, String issuerName, LocalDate issuedOn,
                              CertificateStatus status) {
}
