package vn.sohoa.platform.categories.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A kind of citizen support. It has no {@code @TenantId}: the province-wide catalogue has no tenant,
 * and Hibernate's discriminator would hide it. Row-level security still lets a tenant read only the
 * catalogue and its own rows, and write only its own.
 */
@Entity
@Table(name = "support_category")
public class SupportCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The tenant that added the category; null for the province-wide catalogue. */
    @Column(name = "tenant_id")
    private String tenantCode;

    private String code;

    @Column(name = "label_vi")
    private String labelVi;

    @Column(name = "label_en")
    private String labelEn;

    private boolean active;

    @Version
    private long version;

    protected SupportCategory() {
    }

    public SupportCategory(String tenantCode, String code, String labelVi, String labelEn) {
        this.tenantCode = tenantCode;
        this.code = code;
        this.labelVi = labelVi;
        this.labelEn = labelEn;
        this.active = true;
    }

    /** Relabels the category, or retires it ({@code active = false}) so it is no longer offered. */
    public void change(String labelVi, String labelEn, boolean active) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
        this.active = active;
    }

    public boolean inCatalogue() {
        return tenantCode == null;
    }

    public String code() {
        return code;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
