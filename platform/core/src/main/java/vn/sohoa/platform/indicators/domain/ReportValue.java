package vn.sohoa.platform.indicators.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.sohoa.platform.tenancy.domain.TenantScopedEntity;

/**
 * One indicator's value on a form. {@code automatic} marks a value Sohoa computed and nobody replaced; a
 * replaced automatic value keeps the reason given, and the audit trail the figure it replaced.
 */
@Entity
@Table(name = "report_value")
public class ReportValue extends TenantScopedEntity {

    private static final int SCALE = 4;

    @Column(name = "form_id")
    private long formId;

    @Column(name = "indicator_code")
    private String indicatorCode;

    private BigDecimal value;
    private BigDecimal numerator;
    private BigDecimal denominator;
    private Boolean yes;
    private boolean automatic;

    @Column(name = "override_reason")
    private String overrideReason;

    protected ReportValue() {
    }

    public ReportValue(long formId, String indicatorCode) {
        this.formId = formId;
        this.indicatorCode = indicatorCode;
    }

    /** Sets the figure; {@code automatic} when Sohoa computed it, else with the reason an automatic one was replaced. */
    public void set(EnteredValue entered, boolean automatic, String overrideReason) {
        this.value = stored(entered.value());
        this.numerator = stored(entered.numerator());
        this.denominator = stored(entered.denominator());
        this.yes = entered.yes();
        this.automatic = automatic;
        this.overrideReason = overrideReason;
    }

    /** At the column's scale, so a figure reads the same before and after it is stored. */
    private static BigDecimal stored(BigDecimal number) {
        return number == null ? null : number.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** The figure as entered. */
    public EnteredValue entered() {
        return new EnteredValue(indicatorCode, value, numerator, denominator, yes, overrideReason);
    }

    public String indicatorCode() {
        return indicatorCode;
    }

    public boolean automatic() {
        return automatic;
    }

    public String overrideReason() {
        return overrideReason;
    }
}
