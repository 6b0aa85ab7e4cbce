package vn.sohoa.platform.certificates.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.certificates.domain.Serial;
import vn.sohoa.platform.training.CourseCompleted;

/**
 * Issues the certificate of a completed course, in the transaction that records the completion: both land
 * or neither does, with no job to run later. The row belongs to the issuing tenant while the completing
 * transaction may have entered the enrolment's tenant, so it is written in SQL rather than through the
 * entity, whose tenant would be the one entered; row-level security admits it only when the issuer is the
 * enrolment's tenant or one of its ancestors.
 */
@ApplicationScoped
public class CertificateIssuer {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Issues one certificate for the completed enrolment, dated today in Vietnam. A completion announced
     * again (a resent submit, an external completion accepted after the course was completed) issues
     * nothing more: the enrolment keeps its first certificate. The conflict names no column on purpose: a
     * conflict target makes PostgreSQL check the row against the SELECT policy, which admits only the
     * issuer's tenant; besides the enrolment, the only unique key is the random serial.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void issue(@Observes CourseCompleted completed) {
        em.createNativeQuery("""
                        insert into certificate (tenant_id, serial, enrolment_tenant_id, enrolment_id, username,
                                                 holder_name, course_code, course_title, course_version, issued_on)
                        values (:issuer, :serial, :enrolmentTenant, :enrolment, :username, :holder, :courseCode,
                                :courseTitle, :courseVersion, :issuedOn)
                        on conflict do nothing""")
                .setParameter("issuer", completed.issuingTenant())
                .setParameter("serial", Serial.random().text())
                .setParameter("enrolmentTenant", completed.enrolmentTenant())
                .setParameter("enrolment", completed.enrolmentId())
                .setParameter("username", completed.username())
                .setParameter("holder", completed.holderName())
                .setParameter("courseCode", completed.courseCode())
                .setParameter("courseTitle", completed.courseTitle())
                .setParameter("courseVersion", completed.courseVersion())
                .setParameter("issuedOn", VietnamCalendar.today(clock))
                .executeUpdate();
    }
}
