package vn.sohoa.platform.training.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import vn.sohoa.platform.training.domain.CourseContent;

/**
 * Published versions of a course, read as the database lets the entered tenant read them: the course's own
 * tenant, tenants it is shared to, and tenants whose people are enrolled in it (row-level security decides,
 * which is why these are native queries: Hibernate's tenant filter would hide every other tenant's course).
 */
@ApplicationScoped
public class CourseVersions {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** A published version's content, if the tenant may read it. */
    public Optional<Published> find(long courseId, int number) {
        return em.createNativeQuery("""
                        select v.course_id, v.tenant_id, v.number, v.content::text from course_version v
                        where v.course_id = :course and v.number = :number""", Object[].class)
                .setParameter("course", courseId).setParameter("number", number)
                .getResultStream().findFirst().map(row -> published((Object[]) row));
    }

    /** The newest published version, if any is readable here. */
    public Optional<Published> newest(long courseId) {
        return em.createNativeQuery("""
                        select v.course_id, v.tenant_id, v.number, v.content::text from course_version v
                        where v.course_id = :course order by v.number desc limit 1""", Object[].class)
                .setParameter("course", courseId)
                .getResultStream().findFirst().map(row -> published((Object[]) row));
    }

    private Published published(Object[] row) {
        try {
            return new Published(((Number) row[0]).longValue(), (String) row[1], ((Number) row[2]).intValue(),
                    json.readValue((String) row[3], CourseContent.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A published course version cannot be read", e);
        }
    }

    /**
     * A published version.
     *
     * @param ownerTenant the tenant that owns the course and issues its certificates
     */
    public record Published(long courseId, String ownerTenant, int number, CourseContent content) {
    }
}
