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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.sohoa.platform.tenancy.domain.TenantKind;

/**
 * A report form defined by a tenant for the tenants of some kinds below it. Like {@link Indicator} it has no
 * {@code @TenantId}, so the tenants below can read it; row-level security keeps writes to its owner.
 */
@Entity
@Table(name = "data_set")
public class DataSet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tenant_id")
    private String tenantCode;

    private String code;
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type")
    private PeriodType periodType;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_window")
    private PeriodWindow window;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "indicator_codes")
    private String[] indicatorCodes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "required_codes")
    private String[] required;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "assigned_kinds")
    private String[] assignedKinds;

    @Column(name = "due_days")
    private int dueDays;

    @Column(name = "open_data")
    private boolean openData;

    @Version
    private long version;

    protected DataSet() {
    }

    public DataSet(String tenantCode, DataSetDraft draft) {
        this.tenantCode = tenantCode;
        this.code = draft.code();
        define(draft);
    }

    /** Changes everything but the code. */
    public void define(DataSetDraft draft) {
        draft.check();
        this.name = draft.name();
        this.periodType = draft.periodType();
        this.window = draft.window();
        this.indicatorCodes = draft.indicatorCodes().toArray(String[]::new);
        this.required = draft.required().toArray(String[]::new);
        this.assignedKinds = draft.assignedKinds().stream().map(Enum::name).sorted().toArray(String[]::new);
        this.dueDays = draft.dueDays();
        this.openData = draft.openData();
    }

    /** The period {@code text} names for this data set; 400 naming it when it does not fit. */
    public ReportPeriod period(String text) {
        return ReportPeriod.parse(text, periodType, window);
    }

    public Long id() {
        return id;
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

    public PeriodType periodType() {
        return periodType;
    }

    public PeriodWindow window() {
        return window;
    }

    public List<String> indicatorCodes() {
        return List.of(indicatorCodes);
    }

    public List<String> required() {
        return List.of(required);
    }

    public Set<TenantKind> assignedKinds() {
        return Arrays.stream(assignedKinds).map(TenantKind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(TenantKind.class)));
    }

    public int dueDays() {
        return dueDays;
    }

    public boolean openData() {
        return openData;
    }

    public long version() {
        return version;
    }
}
