package vn.sohoa.platform.pilots.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.tenancy.domain.TenantScopedEntity;

/** A pilot model template (mẫu mô hình) that the tenant keeping it and every tenant below it may start from. */
@Entity
@Table(name = "pilot_template")
public class PilotTemplate extends TenantScopedEntity {

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private PilotField field;

    @Column(name = "suited_kinds")
    private String[] suitedKinds;

    private String description;

    @JdbcTypeCode(SqlTypes.JSON)
    private PilotDesign design;

    protected PilotTemplate() {
    }

    public PilotTemplate(String code, String name, PilotField field, List<TenantKind> suitedKinds, String description,
                         PilotDesign design) {
        this.code = code;
        describe(name, field, suitedKinds, description, design);
    }

    /** Replaces what the template says; pilots started from it keep the design they copied. */
    public void describe(String name, PilotField field, List<TenantKind> suitedKinds, String description,
                         PilotDesign design) {
        this.name = name;
        this.field = field;
        this.suitedKinds = suitedKinds.stream().map(TenantKind::name).toArray(String[]::new);
        this.description = description;
        this.design = design;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public PilotField field() {
        return field;
    }

    public List<TenantKind> suitedKinds() {
        return java.util.Arrays.stream(suitedKinds).map(TenantKind::valueOf).toList();
    }

    public String description() {
        return description;
    }

    public PilotDesign design() {
        return design;
    }
}
