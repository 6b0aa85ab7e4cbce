package vn.sohoa.server.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.indicators.domain.DataSetDraft;
import vn.sohoa.platform.indicators.domain.EnteredValue;
import vn.sohoa.platform.indicators.domain.IndicatorDraft;
import vn.sohoa.platform.indicators.domain.PeriodType;
import vn.sohoa.platform.indicators.domain.PeriodWindow;
import vn.sohoa.platform.indicators.domain.ReportPeriod;
import vn.sohoa.platform.indicators.service.DataSetService;
import vn.sohoa.platform.indicators.service.DtiPreview;
import vn.sohoa.platform.indicators.service.IndicatorService;
import vn.sohoa.platform.indicators.service.Report;
import vn.sohoa.platform.indicators.service.ReportService;
import vn.sohoa.platform.indicators.service.TargetService;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.tenancy.service.TenantWork;

/**
 * The province's demo indicator catalogue (a demo set, see {@link DemoIndicatorCatalogue}), the monthly commune
 * report and the quarterly department report, and a year of forms in mixed states for the communes of Vị Thanh
 * and Ngã Bảy and for the departments: older months approved (some of them late), recent ones approved,
 * submitted, returned or missing. Figures come from a generator seeded by tenant and period, so every load
 * gives the same. Also the province's targets and its DTI ranks as recorded (28/63 in 2020, 17/63 in 2021,
 * 12/63 later), shown beside the computed preview. Loaded once: a province that has indicators is left alone.
 */
@ApplicationScoped
class DemoIndicators {

    static final String PROVINCE = "93";
    static final String COMMUNE_REPORT = "BC-CDS-XA";
    static final String DEPARTMENT_REPORT = "BC-CDS-SO";
    private static final List<String> DISTRICTS = List.of("930", "931");
    private static final int MONTHS = 12;

    @Inject
    TenantWork work;

    @Inject
    IndicatorService indicators;

    @Inject
    DataSetService dataSets;

    @Inject
    ReportService reports;

    @Inject
    TargetService targets;

    @Inject
    DtiPreview dti;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Loads it all unless the province already has indicators; returns the forms written. */
    int load() {
        if (!work.inTenant(PROVINCE, () -> indicators.visible().isEmpty())) {
            return 0;
        }
        work.inTenant(PROVINCE, this::defineCatalogue);
        int forms = 0;
        for (String commune : communes()) {
            forms += monthsBack().stream().mapToInt(month -> fill(commune, COMMUNE_REPORT, month.label(),
                    stateOf(commune, month, monthsBack()))).sum();
        }
        List<ReportPeriod> quarters = quartersBack();
        for (String department : departments()) {
            for (int i = 0; i < quarters.size(); i++) {
                forms += fill(department, DEPARTMENT_REPORT, quarters.get(i).label(),
                        i == quarters.size() - 1 ? Fate.SUBMITTED : Fate.APPROVED);
            }
        }
        return forms;
    }

    private Void defineCatalogue() {
        Stream.concat(DemoIndicatorCatalogue.COMMUNE.stream(), DemoIndicatorCatalogue.DEPARTMENT.stream())
                .forEach(indicators::create);
        dataSets.create(new DataSetDraft(COMMUNE_REPORT, "Báo cáo chuyển đổi số cấp xã (bộ chỉ số demo)",
                PeriodType.MONTH, PeriodWindow.DECREE_09,
                DemoIndicatorCatalogue.COMMUNE.stream().map(IndicatorDraft::code).toList(), List.of("CQ-01", "HT-01"),
                EnumSet.of(TenantKind.COMMUNE), 5, true));
        dataSets.create(new DataSetDraft(DEPARTMENT_REPORT, "Báo cáo chuyển đổi số của sở, ngành hằng quý (bộ demo)",
                PeriodType.QUARTER, PeriodWindow.CALENDAR, List.of("NT-01", "NT-02", "TC-01", "TC-02", "AT-01", "AT-02",
                "CQ-02", "CQ-03", "NL-04"), List.of("TC-02"), EnumSet.of(TenantKind.DEPARTMENT), 10, false));
        int year = VietnamCalendar.today(clock).getYear();
        targets.set("CQ-01", year, BigDecimal.valueOf(80), null);
        targets.set("HT-02", year, BigDecimal.valueOf(70), null);
        targets.set("NL-03", year, BigDecimal.valueOf(100), null);
        targets.set("XH-01", year, BigDecimal.valueOf(6000), null);
        targets.set("KT-01", year, BigDecimal.valueOf(60), null);
        dti.record(2020, 28, 63, "DTI cấp tỉnh 2020 do Bộ Thông tin và Truyền thông công bố");
        dti.record(2021, 17, 63, "DTI cấp tỉnh 2021 do Bộ Thông tin và Truyền thông công bố");
        dti.record(2022, 12, 63, "Thứ hạng 12/63 ghi nhận trong tài liệu của tỉnh (năm công bố chưa xác minh)");
        return null;
    }

    /** What happens to a form: the unit's part (draft or submitted) and the level above's decision. */
    private enum Fate { MISSING, DRAFT, SUBMITTED, RETURNED, APPROVED, APPROVED_LATE }

    private static Fate stateOf(String commune, ReportPeriod month, List<ReportPeriod> months) {
        int age = months.size() - 1 - months.indexOf(month);
        int roll = new Random((commune + month.label()).hashCode()).nextInt(100);
        if (age >= 3) {
            return roll < 12 ? Fate.APPROVED_LATE : Fate.APPROVED;
        }
        if (age >= 1) {
            return roll < 55 ? Fate.APPROVED : roll < 75 ? Fate.SUBMITTED : roll < 88 ? Fate.RETURNED : Fate.MISSING;
        }
        return roll < 40 ? Fate.SUBMITTED : roll < 60 ? Fate.DRAFT : Fate.MISSING;
    }

    private int fill(String tenant, String dataSet, String period, Fate fate) {
        if (fate == Fate.MISSING) {
            return 0;
        }
        return work.inTenant(tenant, () -> {
            Report form = reports.save(dataSet, period, figures(tenant, dataSet, period), null);
            if (fate != Fate.DRAFT) {
                form = reports.submit(dataSet, period, null);
                backdate(form, fate == Fate.APPROVED_LATE);
                if (fate == Fate.RETURNED) {
                    reports.sendBack(dataSet, period, "Đề nghị kiểm tra lại số hồ sơ nộp trực tuyến");
                } else if (fate == Fate.APPROVED || fate == Fate.APPROVED_LATE) {
                    reports.approve(dataSet, period);
                }
            }
            return 1;
        });
    }

    /** Submission times as the units sent them: a few days before the due day, or a few days after it. */
    private void backdate(Report form, boolean late) {
        int days = new Random(form.period().hashCode() + form.tenantCode().hashCode()).nextInt(4) + 1;
        var submitted = VietnamCalendar.startOf(form.dueDate().plusDays(late ? days : -days)).plus(Duration.ofHours(9));
        if (submitted.isAfter(clock.instant())) {
            return;
        }
        em.createNativeQuery("update report_form set first_submitted_at = :at, submitted_at = :at "
                        + "where tenant_id = :tenant and period = :period and state = 'SUBMITTED'")
                .setParameter("at", submitted).setParameter("tenant", form.tenantCode())
                .setParameter("period", form.period()).executeUpdate();
    }

    /** Plausible figures for the indicators the unit types; automatic ones are left to Sohoa. */
    private static List<EnteredValue> figures(String tenant, String dataSet, String period) {
        Random random = new Random((tenant + dataSet + period).hashCode());
        List<EnteredValue> values = new ArrayList<>();
        Stream.concat(DemoIndicatorCatalogue.COMMUNE.stream(), DemoIndicatorCatalogue.DEPARTMENT.stream())
                .filter(indicator -> indicator.source() == null).forEach(indicator -> {
                    String code = indicator.code();
                    values.add(switch (indicator.kind()) {
                        case YES_NO -> new EnteredValue(code, null, null, null, random.nextInt(10) < 8, null);
                        case PERCENT -> {
                            int denominator = 40 + random.nextInt(400);
                            int numerator = denominator * (45 + random.nextInt(50)) / 100;
                            yield new EnteredValue(code, null, BigDecimal.valueOf(numerator),
                                    BigDecimal.valueOf(denominator), null, null);
                        }
                        case NUMBER -> new EnteredValue(code, BigDecimal.valueOf(code.equals("AT-02")
                                ? random.nextInt(2) : random.nextInt(code.equals("TC-02") ? 900 : 25)), null, null, null,
                                null);
                    });
                });
        List<String> listed = dataSet.equals(COMMUNE_REPORT)
                ? DemoIndicatorCatalogue.COMMUNE.stream().map(IndicatorDraft::code).toList()
                : List.of("NT-01", "NT-02", "TC-01", "TC-02", "AT-01", "AT-02", "CQ-02", "CQ-03", "NL-04");
        return values.stream().filter(value -> listed.contains(value.indicatorCode())).toList();
    }

    /** The labels of the twelve months of demo forms, oldest first. */
    List<String> monthLabels() {
        return monthsBack().stream().map(ReportPeriod::label).toList();
    }

    /** The twelve monthly periods (Decree 09 windows) before the one running today. */
    private List<ReportPeriod> monthsBack() {
        ReportPeriod running = ReportPeriod.containing(VietnamCalendar.today(clock), PeriodType.MONTH, PeriodWindow.DECREE_09);
        YearMonth current = YearMonth.parse(running.label());
        List<ReportPeriod> months = new ArrayList<>();
        for (int back = MONTHS; back >= 1; back--) {
            YearMonth month = current.minusMonths(back);
            months.add(ReportPeriod.parse(month.toString(), PeriodType.MONTH, PeriodWindow.DECREE_09));
        }
        return months;
    }

    /** The four calendar quarters before the one running today. */
    private List<ReportPeriod> quartersBack() {
        List<ReportPeriod> quarters = new ArrayList<>();
        ReportPeriod period = ReportPeriod.containing(VietnamCalendar.today(clock), PeriodType.QUARTER, PeriodWindow.CALENDAR);
        for (int back = 0; back < 4; back++) {
            period = ReportPeriod.containing(period.first().minusDays(1), PeriodType.QUARTER, PeriodWindow.CALENDAR);
            quarters.addFirst(period);
        }
        return quarters;
    }

    @SuppressWarnings("unchecked")
    private List<String> communes() {
        return work.inTenant(PROVINCE, () -> em.createNativeQuery("select code from tenant where parent_code in (:districts) "
                + "and kind = 'COMMUNE' and status = 'ACTIVE' order by code").setParameter("districts", DISTRICTS)
                .getResultList());
    }

    @SuppressWarnings("unchecked")
    private List<String> departments() {
        return work.inTenant(PROVINCE, () -> em.createNativeQuery("select code from tenant where parent_code = :province "
                + "and kind = 'DEPARTMENT' and status = 'ACTIVE' order by code").setParameter("province", PROVINCE)
                .getResultList());
    }
}
