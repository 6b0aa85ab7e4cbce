package vn.sohoa.platform.indicators.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * An indicator defined by a tenant and inherited by every tenant below it. It has no {@code @TenantId}: the
 * discriminator would hide the ancestors' indicators, which a tenant reads. Row-level security lets a tenant
 * read its own and its ancestors' rows and write only its own.
 */
@Entity
@Table(name = "indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The tenant that defines it. */
    @Column(name = "tenant_id")
    private String tenantCode;

    private String code;
    private String name;
    private String unit;

    @Enumerated(EnumType.STRING)
    private IndicatorKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "across_tenants")
    private TenantAggregation acrossTenants;

    @Enumerated(EnumType.STRING)
    @Column(name = "across_periods")
    private PeriodAggregation acrossPeriods;

    @Enumerated(EnumType.STRING)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    @Column(name = "dti_pillar")
    private DtiPillar dtiPillar;

    @Column(name = "dti_sub_indicator")
    private String dtiSubIndicator;

    @Column(name = "dti_points")
    private BigDecimal dtiPoints;

    @Enumerated(EnumType.STRING)
    private IndicatorSource source;

    @Column(name = "source_category")
    private String sourceCategory;

    @Version
    private long version;

    protected Indicator() {
    }

    public Indicator(String tenantCode, IndicatorDraft draft) {
        this.tenantCode = tenantCode;
        this.code = draft.code();
        define(draft);
    }

    /** Changes everything but the code, which forms and targets refer to. */
    public void define(IndicatorDraft draft) {
        draft.check();
        this.name = draft.name();
        this.unit = draft.unit();
        this.kind = draft.kind();
        this.acrossTenants = draft.acrossTenants();
        this.acrossPeriods = draft.acrossPeriods();
        this.direction = draft.direction();
        this.dtiPillar = draft.dtiPillar();
        this.dtiSubIndicator = draft.dtiSubIndicator();
        this.dtiPoints = draft.dtiPoints();
        this.source = draft.source();
        this.sourceCategory = draft.sourceCategory();
    }

    /** The definition as a draft, e.g. to change one part of it. */
    public IndicatorDraft draft() {
        return new IndicatorDraft(code, name, unit, kind, acrossTenants, acrossPeriods, direction, dtiPillar,
                dtiSubIndicator, dtiPoints, source, sourceCategory);
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

    public String unit() {
        return unit;
    }

    public IndicatorKind kind() {
        return kind;
    }

    public TenantAggregation acrossTenants() {
        return acrossTenants;
    }

    public PeriodAggregation acrossPeriods() {
        return acrossPeriods;
    }

    public Direction direction() {
        return direction;
    }

    public DtiPillar dtiPillar() {
        return dtiPillar;
    }

    public String dtiSubIndicator() {
        return dtiSubIndicator;
    }

    public BigDecimal dtiPoints() {
        return dtiPoints;
    }

    public IndicatorSource source() {
        return source;
    }

    public String sourceCategory() {
        return sourceCategory;
    }

    public long version() {
        return version;
    }
}
