package vn.sohoa.platform.pilots.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import vn.sohoa.platform.tenancy.domain.TenantScopedEntity;

/**
 * The actual value of one KPI of a pilot in one period. A correction supersedes the row rather than
 * changing it, so what was reported before stays readable.
 */
@Entity
@Table(name = "pilot_measurement")
public class PilotMeasurement extends TenantScopedEntity {

    @Column(name = "pilot_id")
    private long pilotId;

    @Column(name = "kpi_code")
    private String kpiCode;

    private String period;

    private BigDecimal value;

    private BigDecimal numerator;

    private BigDecimal denominator;

    private String note;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    protected PilotMeasurement() {
    }

    public PilotMeasurement(long pilotId, String kpiCode, Period period, Actual actual, String note, String recordedBy,
                            Instant recordedAt) {
        this.pilotId = pilotId;
        this.kpiCode = kpiCode;
        this.period = period.toString();
        this.value = actual.value();
        this.numerator = actual.numerator();
        this.denominator = actual.denominator();
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** Marks this value as replaced by a correction recorded at {@code at}. */
    public void supersede(Instant at) {
        this.supersededAt = at;
    }

    public long pilotId() {
        return pilotId;
    }

    public String kpiCode() {
        return kpiCode;
    }

    public String period() {
        return period;
    }

    public Actual actual() {
        return new Actual(value, numerator, denominator);
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** When a correction replaced it; null while it is the current value. */
    public Instant supersededAt() {
        return supersededAt;
    }
}
