package vn.sohoa.platform.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.sohoa.platform.tenancy.domain.TenantScopedEntity;

/**
 * A course of its tenant: the settings that say who may see it (sharing, audiences), kept in columns so the
 * database can decide, and the draft content as one document. Ids of the draft's items come from the course's
 * own counter.
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

    protected Course() {
    }

    public Course(CourseContent content) {
        replaceDraft(content);
    }

    /** Replaces the draft; items keep the ids they were read with, new ones are numbered. */
    public void replaceDraft(CourseContent content) {
        Set<Long> known = draft == null ? Set.of() : draft.ids();
        this.draft = content.numbered(known, () -> nextItemId++);
        this.code = content.code();
        this.title = content.title();
        this.sharing = content.sharing().name();
        this.sharedKinds = content.sharedKinds().stream().map(Enum::name).toArray(String[]::new);
        this.audiences = content.audiences().stream().map(Enum::name).toArray(String[]::new);
    }

    /** Counts one more published version and returns its number. */
    public int publish() {
        return ++publishedVersion;
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
