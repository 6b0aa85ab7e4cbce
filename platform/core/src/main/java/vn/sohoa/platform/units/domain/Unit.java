package vn.sohoa.platform.units.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

/** A sub-unit of a tenant, identified inside its tenant by its code. */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantCode;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private UnitType type;

    private Integer households;

    private Integer population;

    @Version
    private long version;

    protected Unit() {
    }

    public Unit(String code) {
        this.code = code;
    }

    /** Replaces the described fields; the code never changes. */
    public void describe(String name, UnitType type, Integer households, Integer population) {
        this.name = name;
        this.type = type;
        this.households = households;
        this.population = population;
    }

    public String tenantCode() {
        return tenantCode;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public UnitType type() {
        return type;
    }

    public Integer households() {
        return households;
    }

    public Integer population() {
        return population;
    }

    public long version() {
        return version;
    }
}
