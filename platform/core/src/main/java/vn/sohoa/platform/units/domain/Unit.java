package vn.sohoa.platform.units.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.sohoa.platform.tenancy.domain.TenantScopedEntity;

/** A sub-unit of a tenant, identified inside its tenant by its code. */
@Entity
@Table(name = "unit")
public class Unit extends TenantScopedEntity {

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private UnitType type;

    private Integer households;

    private Integer population;

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
}
