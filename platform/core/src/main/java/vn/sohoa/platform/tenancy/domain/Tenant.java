package vn.sohoa.platform.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.annotations.Generated;

/**
 * A unit of government served by Sohoa. The registry is global (no tenant column): its code is the
 * official administrative code, never changes, and is the {@code tenant_id} of every tenant-scoped row.
 */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    private String code;

    /** Labels this tenant in {@link #path}; assigned by the database. */
    @Generated
    @Column(insertable = false, updatable = false)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private TenantKind kind;

    @Column(name = "parent_code")
    private String parentCode;

    /** Materialised path of ids from the root ({@code ltree}); maintained by the database. */
    @Generated
    @Column(insertable = false, updatable = false, columnDefinition = "ltree")
    private String path;

    @Enumerated(EnumType.STRING)
    private TenantStatus status = TenantStatus.ACTIVE;

    @Column(name = "valid_from")
    private LocalDate validFrom = LocalDate.now();

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Version
    private long version;

    protected Tenant() {
    }

    public Tenant(String code, String name, TenantKind kind, String parentCode) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.parentCode = parentCode;
    }

    /**
     * Ends this tenant on {@code date} because successors took it over (MERGED) or it was split up
     * (ARCHIVED). Its records stay where they are.
     */
    public void endOn(LocalDate date, TenantStatus status) {
        this.status = status;
        this.validTo = date;
    }

    /** Hangs this tenant under another parent; the database moves the paths of its subtree. */
    public void moveUnder(String parentCode) {
        this.parentCode = parentCode;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public TenantKind kind() {
        return kind;
    }

    public String parentCode() {
        return parentCode;
    }

    public String path() {
        return path;
    }

    public TenantStatus status() {
        return status;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public long version() {
        return version;
    }
}
