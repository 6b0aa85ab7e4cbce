package vn.sohoa.platform.training.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.sohoa.platform.files.store.FileKind;
import vn.sohoa.platform.files.store.StoredFile;
import vn.sohoa.platform.files.store.StoredFiles;
import vn.sohoa.platform.problem.ProblemException;

/**
 * The PDFs of file lessons. An author uploads one for a course of the entered tenant: it is kept in the shared
 * file store of that tenant and registered to the course ({@code course_file}). A learner reads it from the tenant
 * of their enrolment, which may lie below the course's, through {@code lesson_file} and {@code lesson_file_chunk}:
 * functions that answer only for a FILE lesson of the version the caller's own enrolment learns.
 */
@ApplicationScoped
public class LessonFiles {

    /** The largest lesson file: 20 MB, the server's ceiling for any body. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    @Inject
    EntityManager em;

    @Inject
    StoredFiles files;

    @Inject
    AgroalDataSource dataSource;

    /**
     * Stores a PDF for one of the tenant's own courses.
     *
     * @throws ProblemException 404 for a course not the tenant's own; 415 for anything but a PDF (read from the
     *                          content); 413 beyond {@link #MAX_BYTES}; nothing is stored then
     */
    @Transactional
    public StoredFile upload(long courseId, InputStream body, String name) {
        ownCourse(courseId);
        StoredFile file = files.store(body, name, Set.of(FileKind.PDF), MAX_BYTES);
        em.createNativeQuery("insert into course_file (tenant_id, course_id, file_id) "
                        + "select tenant_id, id, :file from course where id = :course")
                .setParameter("file", file.id()).setParameter("course", courseId).executeUpdate();
        return file;
    }

    /** A file of one of the tenant's own courses, for its authors. */
    @Transactional
    public Optional<StoredFile> courseFile(long courseId, long fileId) {
        return fileIds(courseId).contains(fileId) ? files.find(fileId) : Optional.empty();
    }

    /** The ids of the files registered to a course of the tenant. */
    @Transactional
    public Set<Long> fileIds(long courseId) {
        List<?> ids = em.createNativeQuery("select file_id from course_file where course_id = :course", Long.class)
                .setParameter("course", courseId).getResultList();
        Set<Long> found = new HashSet<>();
        ids.forEach(id -> found.add(((Number) id).longValue()));
        return found;
    }

    /** Deletes the files uploaded for one of the tenant's courses, which is about to be deleted. */
    @Transactional
    public void deleteAll(long courseId) {
        Set<Long> ids = fileIds(courseId);
        em.createNativeQuery("delete from course_file where course_id = :course").setParameter("course", courseId)
                .executeUpdate();
        ids.forEach(files::delete);
    }

    /** The file of a FILE lesson of the caller's own enrolment in the entered tenant, if the lesson has one. */
    @Transactional
    public Optional<StoredFile> lessonFile(long enrolmentId, long lessonId) {
        List<Object[]> rows = em.createNativeQuery("select file_id, name, kind, size_bytes, sha256, stored_at "
                        + "from lesson_file(:enrolment, :lesson)", Object[].class)
                .setParameter("enrolment", enrolmentId).setParameter("lesson", lessonId).getResultList();
        return rows.stream().findFirst().map(row -> new StoredFile(((Number) row[0]).longValue(), (String) row[1],
                FileKind.valueOf((String) row[2]), ((Number) row[3]).longValue(), (String) row[4],
                instant(row[5])));
    }

    /** Writes that file to {@code out}, one chunk per statement, one chunk held at a time. */
    @Transactional
    public void copyLessonFile(long enrolmentId, long lessonId, OutputStream out) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement chunk = connection.prepareStatement("select lesson_file_chunk(?, ?, ?)")) {
            chunk.setLong(1, enrolmentId);
            chunk.setLong(2, lessonId);
            for (int seq = 0; ; seq++) {
                chunk.setInt(3, seq);
                try (ResultSet row = chunk.executeQuery()) {
                    row.next();
                    try (InputStream data = row.getBinaryStream(1)) {
                        if (data == null) {
                            return;
                        }
                        data.transferTo(out);
                    }
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the file of lesson " + lessonId, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not send the file of lesson " + lessonId, e);
        }
    }

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime time ? time.toInstant() : (Instant) value;
    }

    private void ownCourse(long courseId) {
        if (em.createQuery("select count(c) from Course c where c.id = :id", Long.class).setParameter("id", courseId)
                .getSingleResult() == 0) {
            throw CourseService.notFound(courseId);
        }
    }
}
