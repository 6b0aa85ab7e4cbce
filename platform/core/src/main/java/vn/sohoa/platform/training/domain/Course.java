package vn.sohoa.platform.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.TenantScopedEntity;

/**
 * A course of its tenant: the settings that say who may see it (sharing, audiences), kept in columns so the
 * database can decide, and the draft content as one document. The columns hold the draft's settings until the
 * course is first published and the published version's from then on: editing the draft of a published course
 * shares it with nobody new, and offers it to no other audience, until the draft is published. Ids of the draft's items come from the course's
 * own counter. A published course is never deleted, only withdrawn: then nobody enrols any more, and what its
 * learners did stays.
 */
@Entity
@Table(name = "course")
public class Course extends TenantScopedEntity {

    private String code;

    private String title;

    private String sharing;

    @Column(name = "shared_kinds")
    private String[] sharedKinds;

    private String[] audiences;

    @JdbcTypeCode(SqlTypes.JSON)
    private CourseContent draft;

    @Column(name = "next_item_id")
    private long nextItemId = 1;

    @Column(name = "published_version")
    private int publishedVersion;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected Course() {
    }

    public Course(CourseContent content) {
        replaceDraft(content);
    }

    /** Replaces the draft; items keep the ids they were read with, new ones are numbered. */
    public void replaceDraft(CourseContent content) {
        Set<Long> known = draft == null ? Set.of() : draft.ids();
        this.draft = content.numbered(known, () -> nextItemId++);
        if (publishedVersion == 0) {
            settle(content);
        }
    }

    /**
     * Counts one more published version, whose settings the course takes, and returns its number.
     *
     * @throws ProblemException 409 once the course is withdrawn
     */
    public int publish() {
        if (withdrawnAt != null) {
            throw ProblemException.conflict("Course " + code + " was withdrawn; it is no longer published.");
        }
        settle(draft);
        return ++publishedVersion;
    }

    private void settle(CourseContent content) {
        this.code = content.code();
        this.title = content.title();
        this.sharing = content.sharing().name();
        this.sharedKinds = content.sharedKinds().stream().map(Enum::name).toArray(String[]::new);
        this.audiences = content.audiences().stream().map(Enum::name).toArray(String[]::new);
    }

    /**
     * Withdraws the published course at {@code now}: no one enrols any more; enrolments, completions and
     * certificates stay.
     *
     * @throws ProblemException 409 for a course never published (delete it instead) or already withdrawn
     */
    public void withdraw(Instant now) {
        if (publishedVersion == 0) {
            throw ProblemException.conflict("Course " + code + " was never published; delete it instead.");
        }
        if (withdrawnAt != null) {
            throw ProblemException.conflict("Course " + code + " is already withdrawn.");
        }
        withdrawnAt = now;
    }

    /** When the course was withdrawn, null while it is in use. */
    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public CourseContent draft() {
        return draft;
    }

    public int publishedVersion() {
        return publishedVersion;
    }
}
