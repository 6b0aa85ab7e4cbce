package vn.sohoa.platform.teams.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;

/** A community team working in one sub-unit of its tenant. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "tenant_id")
    private String tenantCode;

    private String name;

    @Column(name = "unit_code")
    private String unitCode;

    @Version
    private long version;

    protected Team() {
    }

    public Team(String name, String unitCode) {
        describe(name, unitCode);
    }

    public void describe(String name, String unitCode) {
        this.name = name;
        this.unitCode = unitCode;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String unitCode() {
        return unitCode;
    }

    public long version() {
        return version;
    }
}
