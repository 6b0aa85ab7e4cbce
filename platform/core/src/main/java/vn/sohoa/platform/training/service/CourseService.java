package vn.sohoa.platform.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.sohoa.platform.paging.Page;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.problem.OptimisticVersion;
import vn.sohoa.platform.problem.Problem;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.problem.ProblemType;
import vn.sohoa.platform.training.domain.Audience;
import vn.sohoa.platform.training.domain.Course;
import vn.sohoa.platform.training.domain.CourseContent;
import vn.sohoa.platform.training.domain.CourseVersion;
import vn.sohoa.platform.training.domain.Sharing;

/** Courses of the entered tenant and those shared down to it. Every method works inside the tenant entered. */
@ApplicationScoped
public class CourseService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CourseVersions versions;

    @Inject
    SkillService skills;

    @Inject
    LessonFiles lessonFiles;

    /**
     * A page of the tenant's published courses (first) and those its ancestors share down to it, with the tenant's
     * courses never published when {@code drafts} (for its authors); only those for {@code only} when it is given (a
     * LEARNER's catalogue holds the courses for citizens alone). Withdrawn courses are left out: nobody enrols in
     * them any more.
     */
    @Transactional
    public Page<CourseSummary> list(PageRequest page, String here, Audience only, boolean drafts) {
        String audience = only == null ? null : only.name();
        long total = ((Number) em.createNativeQuery("select count(*) from course c where (c.published_version > 0 "
                + "or cast(:drafts as boolean) and c.tenant_id = :here) and c.withdrawn_at is null "
                + "and (cast(:only as varchar) is null or cast(:only as varchar) = any (c.audiences))")
                .setParameter("here", here).setParameter("only", audience).setParameter("drafts", drafts)
                .getSingleResult()).longValue();
        List<Object[]> rows = page.limit(em.createNativeQuery("""
                        select c.id, c.tenant_id, c.code, case when c.tenant_id = :here then c.title else v.title end,
                               array_to_string(c.audiences, ','), c.sharing, c.published_version
                        from course c left join course_version v on v.course_id = c.id and v.number = c.published_version
                        where (c.published_version > 0 or cast(:drafts as boolean) and c.tenant_id = :here)
                          and c.withdrawn_at is null
                          and (cast(:only as varchar) is null or cast(:only as varchar) = any (c.audiences))
                        order by c.tenant_id <> :here, 4, c.id""", Object[].class).setParameter("here", here)
                        .setParameter("only", audience).setParameter("drafts", drafts))
                .getResultList();
        return page.of(rows.stream().map(row -> new CourseSummary(((Number) row[0]).longValue(), (String) row[1],
                (String) row[2], (String) row[3], audiences((String) row[4]), Sharing.valueOf((String) row[5]),
                ((Number) row[6]).intValue(), here.equals(row[1]))).toList(), total);
    }

    /**
     * The course as the tenant may read it: the draft for its authors ({@code author}: the caller may author courses
     * here and the course is the tenant's own), otherwise its newest published version without the question bank.
     * Empty when the course is neither the tenant's nor shared to it, or is shared but not published, or is not for
     * {@code only} when that is given.
     */
    @Transactional
    public Optional<CourseDetail> find(long id, boolean author, Audience only) {
        Optional<Course> own = ownCourse(id);
        if (own.isPresent() && author) {
            return Optional.of(CourseDetail.draftOf(own.get()));
        }
        return versions.newest(id).filter(published -> only == null || published.content().audiences().contains(only))
                .map(published -> new CourseDetail(id, published.ownerTenant(), own.map(Course::version).orElse(null),
                        published.number(), false, withoutBank(published.content()),
                        own.map(Course::withdrawnAt).orElse(null)));
    }

    /**
     * Creates a course of the tenant with its draft content.
     *
     * @throws ProblemException 400 naming an unknown skill code or content that cannot be a draft; 409 when the
     *                          tenant has a course with the code
     */
    @Transactional
    public Course create(CourseContent content) {
        checkDraft(content);
        Course course = new Course(content);
        em.persist(course);
        em.flush();
        return course;
    }

    /**
     * Replaces the draft of one of the tenant's courses. Published versions, enrolments, completions and attempts
     * are left as they are.
     *
     * @throws ProblemException 404 for a course not the tenant's own, 409 for a stale version, 400 as {@link #create}
     */
    @Transactional
    public Course replaceDraft(long id, CourseContent content, long version) {
        Course course = ownCourse(id).orElseThrow(() -> notFound(id));
        OptimisticVersion.check("Course " + course.code(), course.version(), version);
        checkDraft(content);
        course.replaceDraft(content);
        em.flush();
        return course;
    }

    /**
     * Publishes the draft as the next version, an immutable snapshot: learners who have not started move to it,
     * those who have stay on theirs.
     *
     * @return the new version's number
     * @throws ProblemException 404 for a course not the tenant's own; 400 naming what keeps the draft from being
     *                          published (no lesson, a question without a correct option, a quiz drawing more
     *                          questions than its bank holds, a file lesson without its file or
     *                          naming a file not uploaded for the course)
     */
    @Transactional
    public int publish(long id) {
        Course course = ownCourse(id).orElseThrow(() -> notFound(id));
        List<Problem.FieldError> problems = new java.util.ArrayList<>(course.draft().publishingProblems());
        problems.addAll(course.draft().foreignFiles(lessonFiles.fileIds(id)));
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "Course " + course.code() + " cannot be published: "
                    + problems.stream().map(p -> p.field() + " " + p.message()).reduce((a, b) -> a + "; " + b).orElse(""),
                    problems);
        }
        int number = course.publish();
        em.persist(new CourseVersion(id, number, course.draft(), clock.instant()));
        em.flush();
        return number;
    }

    /**
     * Deletes one of the tenant's courses that was never published, with the PDFs uploaded for it. Nobody can have
     * enrolled in it, so nothing else refers to it.
     *
     * @throws ProblemException 404 for a course not the tenant's own; 409 for a course once published (withdraw it)
     */
    @Transactional
    public void delete(long id) {
        Course course = ownCourse(id).orElseThrow(() -> notFound(id));
        if (course.publishedVersion() > 0) {
            throw ProblemException.conflict("Course " + course.code() + " was published; withdraw it instead, so its "
                    + "learners keep their progress and certificates.");
        }
        lessonFiles.deleteAll(id);
        em.remove(course);
        em.flush();
    }

    /**
     * Withdraws one of the tenant's published courses: nobody enrols any more and it leaves the catalogue of the
     * tenants below, while enrolments, completions and certificates stay.
     *
     * @throws ProblemException 404 for a course not the tenant's own; 409 for a stale version, a course never
     *                          published (delete it) or one already withdrawn
     */
    @Transactional
    public Course withdraw(long id, long version) {
        Course course = ownCourse(id).orElseThrow(() -> notFound(id));
        OptimisticVersion.check("Course " + course.code(), course.version(), version);
        course.withdraw(clock.instant());
        em.flush();
        return course;
    }

    private Optional<Course> ownCourse(long id) {
        return em.createQuery("from Course c where c.id = :id", Course.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    private void checkDraft(CourseContent content) {
        List<Problem.FieldError> problems = new java.util.ArrayList<>(content.draftProblems());
        List<String> unknown = skills.unknown(content.skillCodes());
        if (!unknown.isEmpty()) {
            problems.add(new Problem.FieldError("skillCodes", "holds codes not in the skills framework: "
                    + String.join(", ", unknown)));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }

    private static CourseContent withoutBank(CourseContent content) {
        return new CourseContent(content.code(), content.title(), content.summary(), content.language(),
                content.estimatedHours(), content.audiences(), content.skillCodes(), content.sharing(),
                content.sharedKinds(), content.sections(), List.of(), null);
    }

    private static List<Audience> audiences(String joined) {
        return joined == null || joined.isEmpty() ? List.of()
                : Arrays.stream(joined.split(",")).map(Audience::valueOf).toList();
    }

    static ProblemException notFound(long id) {
        return ProblemException.notFound("There is no course " + id + " here.");
    }
}
