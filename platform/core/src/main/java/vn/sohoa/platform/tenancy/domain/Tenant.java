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
import vn.sohoa.platform.problem.ProblemException;

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

    /** Changed only by the database function {@code move_tenant}, which records the move. */
    @Column(name = "parent_code", updatable = false)
    private String parentCode;

    /** Materialised path of ids from the root ({@code ltree}); maintained by the database. */
    @Generated
    @Column(insertable = false, updatable = false, columnDefinition = "ltree")
    private String path;

    @Enumerated(EnumType.STRING)
    private TenantStatus status = TenantStatus.ACTIVE;

    /** Why the tenant was last suspended, reactivated or archived, as its governor wrote it. */
    @Column(name = "status_reason")
    private String statusReason;

    /** The day, in Vietnam, from which the tenant serves. */
    @Column(name = "valid_from", updatable = false)
    private LocalDate validFrom;

    /** The day the tenant stopped serving, once it is archived or succeeded. */
    @Column(name = "valid_to")
    private LocalDate validTo;

    @Version
    private long version;

    protected Tenant() {
    }

    /** A new tenant serving from {@code validFrom}, which callers take from Vietnam's calendar. */
    public Tenant(String code, String name, TenantKind kind, String parentCode, LocalDate validFrom) {
        this.code = code;
        this.validFrom = validFrom;
        this.name = name;
        this.kind = kind;
        this.parentCode = parentCode;
    }

    /**
     * Ends this tenant on {@code date} because successors took it over (MERGED) or it was split up
     * (ARCHIVED). Its records stay where they are.
     */
    public void endOn(LocalDate date, TenantStatus status, String reason) {
        changeStatus(status, reason, date);
        this.validTo = date;
    }

    /** Renames the tenant or corrects its kind; its code and place in the hierarchy stay. */
    public void describe(String name, TenantKind kind) {
        this.name = name;
        this.kind = kind;
    }

    /**
     * Moves the tenant to another life-cycle state, recording why. An archived tenant's validity ends
     * {@code today}, the day in Vietnam (not in the server's zone).
     *
     * @throws ProblemException 409 when the current state may not become {@code next}: the caller decided on a
     *                          stale state (another request or node changed it first); callers check
     *                          {@link TenantStatus#canBecome} first to explain the refusal
     */
    public void changeStatus(TenantStatus next, String reason, LocalDate today) {
        if (!status.canBecome(next)) {
            throw ProblemException.conflict("Tenant " + code + " is " + status + " by now and cannot become " + next
                    + "; reload it and decide again.");
        }
        this.status = next;
        this.statusReason = reason;
        if (next == TenantStatus.ARCHIVED) {
            this.validTo = today;
        }
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

    public String statusReason() {
        return statusReason;
    }

    public long version() {
        return version;
    }
}
