package vn.sohoa.platform.certificates.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.DynamicUpdate;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.TenantScopedEntity;

/**
 * A certificate as its issuing tenant keeps it. It is written once when an enrolment completes (by
 * {@code CertificateIssuer}, in SQL, since the completing transaction may have entered the enrolment's
 * tenant rather than the issuer's); afterwards only a revocation changes it. The database grants the
 * application updates of the revocation columns alone, hence {@link DynamicUpdate}.
 */
@Entity
@Table(name = "certificate")
@DynamicUpdate
public class Certificate extends TenantScopedEntity {

    @Column(updatable = false)
    private String serial;

    @Column(name = "holder_name", updatable = false)
    private String holderName;

    @Column(name = "course_title", updatable = false)
    private String courseTitle;

    @Column(name = "issued_on", updatable = false)
    private LocalDate issuedOn;

    @Enumerated(EnumType.STRING)
    private CertificateStatus status;

    @Column(name = "revoked_reason")
    private String revokedReason;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Certificate() {
    }

    /**
     * Withdraws the certificate; verification shows it as revoked from now on.
     *
     * @throws ProblemException 409 when it is already revoked (the first reason stands)
     */
    public void revoke(String reason, String username, Instant at) {
        if (status == CertificateStatus.REVOKED) {
            throw ProblemException.conflict("Certificate " + serial + " was already revoked on "
                    + VietnamCalendar.DAY_TIME.format(revokedAt) + " by " + revokedBy + ".");
        }
        this.status = CertificateStatus.REVOKED;
        this.revokedReason = reason;
        this.revokedBy = username;
        this.revokedAt = at;
    }

    public String serial() {
        return serial;
    }

    public String holderName() {
        return holderName;
    }

    public String courseTitle() {
        return courseTitle;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    public CertificateStatus status() {
        return status;
    }

    public String revokedReason() {
        return revokedReason;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
