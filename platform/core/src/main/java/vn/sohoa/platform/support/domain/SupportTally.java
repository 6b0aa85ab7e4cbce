package vn.sohoa.platform.support.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * How many live support records a tenant has on one day (in Vietnam), in one sub-unit and category. The
 * database keeps it exact as records are written, corrected and deleted; the application only reads it.
 */
@Entity
@Immutable
@Table(name = "support_tally")
public class SupportTally {

    @Id
    private Long id;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantCode;

    private LocalDate day;

    @Column(name = "unit_code")
    private String unitCode;

    @Column(name = "category_code")
    private String categoryCode;

    private long records;

    protected SupportTally() {
    }
}
