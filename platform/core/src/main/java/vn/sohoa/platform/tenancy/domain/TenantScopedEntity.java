package vn.sohoa.platform.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

/**
 * What every row of a tenant's own data has: a generated id, the tenant it belongs to and a version for
 * optimistic locking. The tenant is Hibernate's discriminator ({@code @TenantId}): it is set from the
 * tenant the request entered and added to every query, the first wall before row-level security. A
 * feature's entity extends this; its table has {@code id}, {@code tenant_id} and {@code version} columns.
 */
@MappedSuperclass
public abstract class TenantScopedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantCode;

    @Version
    private long version;

    /** The id, null until the entity is first stored. */
    public Long id() {
        return id;
    }

    public String tenantCode() {
        return tenantCode;
    }

    public long version() {
        return version;
    }
}
