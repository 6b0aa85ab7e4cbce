package vn.sohoa.platform.indicators.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import vn.sohoa.platform.tenancy.domain.TenantScopedEntity;

/**
 * What a tenant aims for with one indicator in one year, in the indicator's unit: a count for NUMBER, a
 * percentage (0–100) for PERCENT and for the share of "yes" of YES_NO.
 */
@Entity
@Table(name = "indicator_target")
public class IndicatorTarget extends TenantScopedEntity {

    @Column(name = "indicator_code")
    private String indicatorCode;

    private int year;

    private BigDecimal value;

    protected IndicatorTarget() {
    }

    public IndicatorTarget(String indicatorCode, int year, BigDecimal value) {
        this.indicatorCode = indicatorCode;
        this.year = year;
        this.value = value;
    }

    public void aim(BigDecimal value) {
        this.value = value;
    }

    public String indicatorCode() {
        return indicatorCode;
    }

    public int year() {
        return year;
    }

    public BigDecimal value() {
        return value;
    }
}
