package vn.sohoa.platform.certificates.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.sohoa.platform.certificates.domain.Certificate;
import vn.sohoa.platform.certificates.domain.CertificateStatus;
import vn.sohoa.platform.certificates.domain.Serial;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Caller;

/**
 * Reading and revoking certificates. Each reader goes through the narrowest door the database offers: the
 * public verification through {@code verify_certificate(serial)} (one row, public fields), the holder
 * through {@code my_certificates()} (the rows of the person the connection names as acting), the issuing
 * tenant through row-level security like every tenant's data.
 */
@ApplicationScoped
public class Certificates {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** The certificate with this serial, as anyone may see it, whatever tenant issued it. */
    @Transactional
    public Optional<PublicCertificate> verify(Serial serial) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select serial, holder_name, course_title, issuer_name, issued_on, status
                        from verify_certificate(:serial)""")
                .setParameter("serial", serial.text()).getResultList();
        return rows.stream().findFirst().map(row -> new PublicCertificate((String) row[0], (String) row[1],
                (String) row[2], (String) row[3], day(row[4]), CertificateStatus.valueOf((String) row[5])));
    }

    /** The caller's own certificates from every tenant, newest first. */
    @Transactional
    public List<HeldCertificate> mine() {
        return held("", null);
    }

    /** One of the caller's own certificates; empty when the serial is another person's or nobody's. */
    @Transactional
    public Optional<HeldCertificate> mine(Serial serial) {
        return held(" where serial = :serial", serial).stream().findFirst();
    }

    /**
     * Revokes a certificate of the tenant the request entered; verification shows it as revoked at once.
     *
     * @throws ProblemException 404 when the tenant issued no certificate with this serial, 409 when it is
     *                          already revoked
     */
    @Transactional
    public Certificate revoke(Serial serial, String reason, Caller caller) {
        Certificate certificate = em.createQuery("from Certificate c where c.serial = :serial", Certificate.class)
                .setParameter("serial", serial.text()).getResultStream().findFirst()
                .orElseThrow(() -> notFound(serial.text()));
        certificate.revoke(reason, caller.username(), clock.instant());
        return certificate;
    }

    /** The 404 for a serial that names no certificate the caller may see. */
    public static ProblemException notFound(String serial) {
        return ProblemException.notFound("There is no certificate " + serial + ".");
    }

    private List<HeldCertificate> held(String condition, Serial serial) {
        var query = em.createNativeQuery("""
                select serial, holder_name, course_code, course_title, course_version, issuer_code, issuer_name,
                       issued_on, status
                from my_certificates()""" + condition + " order by issued_on desc, serial");
        if (serial != null) {
            query.setParameter("serial", serial.text());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new HeldCertificate((String) row[0], (String) row[1], (String) row[2],
                (String) row[3], ((Number) row[4]).intValue(), (String) row[5], (String) row[6], day(row[7]),
                CertificateStatus.valueOf((String) row[8]))).toList();
    }

    private static LocalDate day(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
