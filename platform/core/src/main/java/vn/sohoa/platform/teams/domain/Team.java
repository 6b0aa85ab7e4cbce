package vn.sohoa.platform.teams.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.sohoa.platform.tenancy.domain.TenantScopedEntity;

/** A community team working in one sub-unit of its tenant. */
@Entity
@Table(name = "team")
public class Team extends TenantScopedEntity {

    private String name;

    @Column(name = "unit_code")
    private String unitCode;

    protected Team() {
    }

    public Team(String name, String unitCode) {
        describe(name, unitCode);
    }

    public void describe(String name, String unitCode) {
        this.name = name;
        this.unitCode = unitCode;
    }

    public String name() {
        return name;
    }

    public String unitCode() {
        return unitCode;
    }
}
