package vn.sohoa.platform.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.files.store.FileKind;
import vn.sohoa.platform.files.store.StoredFile;
import vn.sohoa.platform.files.store.StoredFiles;
import vn.sohoa.platform.paging.Page;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Membership;
import vn.sohoa.platform.training.domain.Enrolment;
import vn.sohoa.platform.training.domain.EnrolmentSource;
import vn.sohoa.platform.training.domain.ExternalCompletion;
import vn.sohoa.platform.training.domain.ExternalStatus;

/**
 * Certificates from other platforms, recorded by a person for a course offered in the entered tenant and reviewed
 * there. An accepted one completes the person's enrolment in the course in the same transaction (made for it when
 * they had none), so the overview's tallies count it at once. It issues no Sohoa certificate: the proof is the
 * other platform's.
 */
@ApplicationScoped
public class ExternalCompletions {

    /** What a certificate from elsewhere may be: its PDF, or a photo or screenshot of it. */
    public static final Set<FileKind> KINDS = EnumSet.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG);
    /** The largest such file: 10 MB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    StoredFiles files;

    @Inject
    EnrolmentService enrolments;

    /**
     * Records the caller's certificate from {@code platform} for a published course offered here, with its file.
     *
     * @throws ProblemException 404 for a course not offered here; 400 for a day after today; 409 when the caller's
     *                          record for the course is still waiting; 413 or 415 for the file (nothing stored)
     */
    @Transactional
    public ExternalCompletion record(long courseId, String platform, LocalDate completedOn, InputStream body,
                                     String fileName, String subject, String username, String name) {
        EnrolmentService.Offered course = enrolments.offered(courseId);
        if (completedOn.isAfter(VietnamCalendar.today(clock))) {
            throw ProblemException.invalid("completedOn", "must not be after today");
        }
        boolean waiting = em.createQuery("select count(x) from ExternalCompletion x where x.courseId = :course "
                        + "and x.userSubject = :subject and x.status = :pending", Long.class)
                .setParameter("course", courseId).setParameter("subject", subject)
                .setParameter("pending", ExternalStatus.PENDING).getSingleResult() > 0;
        if (waiting) {
            throw ProblemException.conflict("Your certificate for course " + course.code() + " is already waiting for review.");
        }
        StoredFile file = files.store(body, fileName, KINDS, MAX_BYTES);
        ExternalCompletion record = new ExternalCompletion(courseId, subject, username, name, platform.strip(),
                completedOn, file.id(), clock.instant());
        em.persist(record);
        em.flush();
        return record;
    }

    /** A page of the tenant's records in one status (all when null), oldest first: the review queue. */
    @Transactional
    public Page<ExternalCompletion> list(ExternalStatus status, PageRequest page) {
        String where = status == null ? "" : " where x.status = :status";
        var count = em.createQuery("select count(x) from ExternalCompletion x" + where, Long.class);
        var items = em.createQuery("from ExternalCompletion x" + where + " order by x.recordedAt, x.id",
                ExternalCompletion.class);
        if (status != null) {
            count.setParameter("status", status);
            items.setParameter("status", status);
        }
        return page.slice(items, count.getSingleResult());
    }

    /** The person's own records in the tenant, newest first. */
    @Transactional
    public List<ExternalCompletion> mine(String subject) {
        return em.createQuery("from ExternalCompletion x where x.userSubject = :subject order by x.recordedAt desc, x.id desc",
                ExternalCompletion.class).setParameter("subject", subject).getResultList();
    }

    /** A record of the tenant and its file. */
    @Transactional
    public Optional<StoredFile> file(long id) {
        return find(id).flatMap(record -> files.find(record.fileId()));
    }

    /**
     * Accepts a waiting record: the person's enrolment in the course here is completed on the record's day (made,
     * with source EXTERNAL, when they had none), and counts in the overview from now on.
     *
     * @throws ProblemException 404 for no such record here; 409 when it was already reviewed
     */
    @Transactional
    public ExternalCompletion accept(long id, String reviewer) {
        ExternalCompletion record = find(id).orElseThrow(() -> notFound(id));
        Instant now = clock.instant();
        Enrolment enrolment = em.createQuery("from Enrolment e where e.courseId = :course and e.userSubject = :subject",
                        Enrolment.class).setParameter("course", record.courseId())
                .setParameter("subject", record.userSubject()).getResultStream().findFirst()
                .orElseGet(() -> newEnrolment(record, now));
        enrolment.nameLearner(record.learnerName());
        enrolment.complete(now, record.completedOn());
        em.flush();
        record.accept(enrolment.id(), reviewer, now);
        em.flush();
        return record;
    }

    /**
     * Refuses a waiting record with the reason the person is told.
     *
     * @throws ProblemException 404 for no such record here; 409 when it was already reviewed
     */
    @Transactional
    public ExternalCompletion refuse(long id, String reviewer, String reason) {
        ExternalCompletion record = find(id).orElseThrow(() -> notFound(id));
        record.refuse(reviewer, clock.instant(), reason);
        em.flush();
        return record;
    }

    private Enrolment newEnrolment(ExternalCompletion record, Instant now) {
        Membership member = em.createQuery("from Membership m where m.userSubject = :subject", Membership.class)
                .setParameter("subject", record.userSubject()).getResultStream().findFirst().orElse(null);
        Enrolment enrolment = new Enrolment(record.courseId(), record.userSubject(), record.username(),
                member == null ? null : member.role(), EnrolmentSource.EXTERNAL, now);
        em.persist(enrolment);
        em.flush();
        return enrolment;
    }

    private Optional<ExternalCompletion> find(long id) {
        return em.createQuery("from ExternalCompletion x where x.id = :id", ExternalCompletion.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("There is no external completion " + id + " here.");
    }
}
