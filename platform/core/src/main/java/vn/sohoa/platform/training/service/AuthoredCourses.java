package vn.sohoa.platform.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import vn.sohoa.platform.paging.Page;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.paging.SearchPattern;
import vn.sohoa.platform.training.domain.CourseVersion;

/**
 * What the authors of the entered tenant work on: its own courses with the state of their drafts, and the
 * versions each has published. Every method works inside the tenant entered.
 */
@ApplicationScoped
public class AuthoredCourses {

    /** The tenant the transaction entered, as row-level security reads it. */
    private static final String ENTERED = "current_setting('sohoa.tenant_id', true)";

    @Inject
    EntityManager em;

    /**
     * A page of the tenant's own courses whose draft's code or title contains {@code search} (without diacritics), by
     * title. Native, because whether the draft still equals the newest version is a comparison of two JSON
     * documents the database makes at once; the tenant entered is named, because row-level security also lets it
     * read the published courses its ancestors share down.
     */
    @Transactional
    public Page<AuthoredCourse> list(PageRequest page, String search) {
        String where = " where c.tenant_id = " + ENTERED + " and (search_fold(c.draft ->> 'code') like search_fold(:search)"
                + " or search_fold(c.draft ->> 'title') like search_fold(:search))";
        String pattern = SearchPattern.containing(search);
        long total = ((Number) em.createNativeQuery("select count(*) from course c" + where)
                .setParameter("search", pattern).getSingleResult()).longValue();
        List<Object[]> rows = page.limit(em.createNativeQuery("""
                        select c.id, c.draft ->> 'code', c.draft ->> 'title', c.published_version, v.published_at,
                               v.content is not null and v.content = c.draft, c.withdrawn_at
                        from course c
                        left join course_version v on v.course_id = c.id and v.number = c.published_version"""
                        + where + " order by search_fold(c.draft ->> 'title'), c.id", Object[].class)
                .setParameter("search", pattern)).getResultList();
        return page.of(rows.stream().map(row -> new AuthoredCourse(((Number) row[0]).longValue(), (String) row[1],
                (String) row[2], ((Number) row[3]).intValue(), instant(row[4]), (Boolean) row[5], instant(row[6])))
                .toList(), total);
    }

    /** The versions the tenant's course has published, newest first; none for a course not the tenant's. */
    @Transactional
    public List<CourseVersionSummary> versions(long courseId) {
        return em.createQuery("from CourseVersion v where v.courseId = :course order by v.number desc",
                        CourseVersion.class).setParameter("course", courseId).getResultStream()
                .map(version -> new CourseVersionSummary(version.number(), version.content().title(),
                        version.content().lessons().size(), version.content().questions().size(),
                        version.publishedAt()))
                .toList();
    }

    /** Whether the draft of the tenant's course is exactly its newest published version (nothing left to publish). */
    @Transactional
    public boolean draftPublished(long courseId) {
        List<?> rows = em.createNativeQuery("""
                        select v.content = c.draft from course c
                        join course_version v on v.course_id = c.id and v.number = c.published_version
                        where c.id = :course and c.tenant_id = """ + ENTERED)
                .setParameter("course", courseId).getResultList();
        return !rows.isEmpty() && Boolean.TRUE.equals(rows.getFirst());
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant;
            case Timestamp timestamp -> timestamp.toInstant();
            case java.time.OffsetDateTime offset -> offset.toInstant();
            default -> throw new IllegalStateException("Unexpected time " + value.getClass());
        };
    }

    /**
     * A course as its authors list it.
     *
     * @param publishedVersion the newest published version, 0 before the first
     * @param publishedAt      when it was published, null before the first
     * @param draftPublished   whether the draft is exactly the newest version (nothing left to publish)
     * @param withdrawnAt      when the course was withdrawn, null while it is in use
     */
    public record AuthoredCourse(long id, String code, String title, int publishedVersion, Instant publishedAt,
                                 boolean draftPublished, Instant withdrawnAt) {
    }

    /** A published version as the list of versions shows it. */
    public record CourseVersionSummary(int number, String title, int lessons, int questions, Instant publishedAt) {
    }
}
