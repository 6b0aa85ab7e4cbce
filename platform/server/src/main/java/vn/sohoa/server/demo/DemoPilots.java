package vn.sohoa.server.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import vn.sohoa.platform.problem.ProblemException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.pilots.domain.Kpi;
import vn.sohoa.platform.pilots.domain.Period;
import vn.sohoa.platform.pilots.domain.Pilot;
import vn.sohoa.platform.pilots.domain.PilotAction;
import vn.sohoa.platform.pilots.domain.PilotTemplate;
import vn.sohoa.platform.pilots.service.EvaluationRequest;
import vn.sohoa.platform.pilots.service.MeasurementRequest;
import vn.sohoa.platform.pilots.service.PilotAssessmentService;
import vn.sohoa.platform.pilots.service.PilotLifeCycle;
import vn.sohoa.platform.pilots.service.PilotMeasurementService;
import vn.sohoa.platform.pilots.service.PilotReplicationService;
import vn.sohoa.platform.pilots.service.PilotRequest;
import vn.sohoa.platform.pilots.service.PilotService;
import vn.sohoa.platform.pilots.service.PilotTemplateService;
import vn.sohoa.platform.pilots.service.ReplicationRequest;
import vn.sohoa.platform.pilots.service.ScoreRequest;
import vn.sohoa.platform.pilots.service.PilotFilter;
import vn.sohoa.platform.pilots.service.TransitionRequest;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.service.TenantDirectory;
import vn.sohoa.platform.tenancy.service.TenantWork;
import vn.sohoa.platform.units.service.UnitService;

/**
 * Pilot models of the demo province: the province's four templates ({@link DemoPilotTemplates}) and pilots in
 * communes of Vị Thanh, Ngã Bảy and Châu Thành A in every state, with monthly actuals. Chợ 4.0 in Phường IV is recognised and
 * replicated to five communes, whose replicas stand at different stages; the demo's three schools run "Trường
 * học số" (running, proposed, reviewed). Each step takes effect on the day it would have in the pilot's months, as
 * a unit bringing its pilots over from paper records them, so the indicators of past months count the pilots then
 * running and recognised. Loaded once: a province that already keeps the Chợ 4.0 template is left alone.
 */
@ApplicationScoped
class DemoPilots {

    private static final Logger LOG = Logger.getLogger(DemoPilots.class);
    private static final String PROVINCE = "93";
    /** Phường IV, whose recognised Chợ 4.0 pilot is replicated. */
    static final String SOURCE = "31324";
    /** The demo's schools (hau-giang-bodies.csv): THPT Vị Thanh, THCS Một Ngàn, Tiểu học Đại Thành. */
    private static final List<String> SCHOOLS = List.of("31321.THPT-VT", "31342.THCS-MN", "31411.TH-DT");
    /** The demo loader, acting for the unit and for the province alike. */
    private static final Caller LOADER = new Caller("sohoa-demo", "demo", true);

    @Inject
    TenantWork work;

    @Inject
    TenantDirectory directory;

    @Inject
    PilotTemplateService templates;

    @Inject
    PilotService pilots;

    @Inject
    PilotLifeCycle lifeCycle;

    @Inject
    PilotMeasurementService measurements;

    @Inject
    PilotAssessmentService assessments;

    @Inject
    PilotReplicationService replications;

    @Inject
    UnitService units;

    @Inject
    Clock clock;

    /** Loads the templates and pilots unless the province has them; a refusal is logged, not thrown. */
    void load() {
        try {
            boolean loaded = work.inTenant(PROVINCE, () -> templates.find(DemoPilotTemplates.MARKET).isPresent());
            if (!loaded) {
                loadAll();
                LOG.info("Demo pilot models loaded");
            }
        } catch (ProblemException e) {
            LOG.warnf("Demo pilot models skipped: %s", e.getMessage());
        }
    }

    private void loadAll() {
        work.inTenant(PROVINCE, () -> DemoPilotTemplates.all().stream().map(templates::create).toList());
        LocalDate month = VietnamCalendar.today(clock).withDayOfMonth(1);
        LocalDate market0 = month.minusMonths(14);
        long market = started(SOURCE, "Chợ Phường IV không dùng tiền mặt", DemoPilotTemplates.MARKET, market0, 9);
        work.inTenant(SOURCE, () -> {
            step(market, PilotAction.REVIEW, market0.plusMonths(8));
            return assessments.evaluate(market, new EvaluationRequest(manualScores(market, 0.9), true,
                    "Đạt mức 3, đề nghị nhân rộng", market0.plusMonths(8).plusDays(14)), LOADER);
        });
        List<String> targets = List.of("31327", "31339", "31340", "31341", "31343");
        LocalDate replicated = month.minusMonths(5);
        work.inTenant(SOURCE, () -> replications.replicate(market, new ReplicationRequest(targets, null, null,
                "1520/QĐ-UBND", replicated, "Nhân rộng mô hình chợ 4.0", replicated), LOADER));
        advanceReplicas(targets, replicated);
        draft("31330", "Khu vực 3 thông minh", DemoPilotTemplates.HAMLET, month.plusMonths(1));
        long proposed = draft("31336", "Xã Hỏa Lựu chuyển đổi số điểm", DemoPilotTemplates.COMMUNE, month.plusMonths(1));
        work.inTenant("31336", () -> step(proposed, PilotAction.PROPOSE));
        long returned = draft("31338", "Ấp Tân Phú thông minh", DemoPilotTemplates.HAMLET, month);
        work.inTenant("31338", () -> {
            step(returned, PilotAction.PROPOSE);
            return lifeCycle.transition(returned, new TransitionRequest(PilotAction.RETURN,
                    "Bổ sung dự toán kinh phí và đơn vị phối hợp", null, null, null), LOADER);
        });
        approved("31344", "Chợ Hiệp Lợi 4.0", DemoPilotTemplates.MARKET, month);
        started("31411", "Xã Đại Thành chuyển đổi số điểm", DemoPilotTemplates.COMMUNE, month.minusMonths(5), 3);
        long reviewed = started("31414", "Ấp Tân Thành thông minh", DemoPilotTemplates.HAMLET, month.minusMonths(8), 7);
        work.inTenant("31414", () -> step(reviewed, PilotAction.REVIEW, month.minusMonths(1)));
        long evaluated = started("31342", "Chợ Một Ngàn không dùng tiền mặt", DemoPilotTemplates.MARKET, month.minusMonths(9), 8);
        work.inTenant("31342", () -> {
            step(evaluated, PilotAction.REVIEW, month.minusMonths(2));
            return assessments.evaluate(evaluated, new EvaluationRequest(manualScores(evaluated, 0.4), false,
                    "Chưa đủ điều kiện công nhận", month.minusMonths(1)), LOADER);
        });
        long closed = started("31345", "Xã Tân Hòa chuyển đổi số điểm", DemoPilotTemplates.COMMUNE, month.minusMonths(12), 11);
        work.inTenant("31345", () -> {
            step(closed, PilotAction.REVIEW, month.minusMonths(4));
            assessments.evaluate(closed, new EvaluationRequest(manualScores(closed, 0.7), false,
                    "Hoàn thành, kết thúc thí điểm", month.minusMonths(3)), LOADER);
            return step(closed, PilotAction.CLOSE, month.minusMonths(2));
        });
        schools(month);
        long stopped = started("31346", "Khu vực 4 Bảy Ngàn thông minh", DemoPilotTemplates.HAMLET, month.minusMonths(4), 2);
        work.inTenant("31346", () -> lifeCycle.transition(stopped, new TransitionRequest(PilotAction.STOP,
                "Đối tác viễn thông rút khỏi dự án", null, null, month.minusMonths(2)), LOADER));
    }

    /**
     * "Trường học số" in the demo's schools, when the province has them: a high school running with months of
     * actuals, a lower secondary school's proposal waiting for the commune above it, and a
     * primary school's interim review waiting for its evaluation.
     */
    private void schools(LocalDate month) {
        if (SCHOOLS.stream().anyMatch(code -> directory.find(code).isEmpty())) {
            return;
        }
        started(SCHOOLS.get(0), "Trường THPT Vị Thanh — trường học số", DemoPilotTemplates.SCHOOL,
                month.minusMonths(6), 5);
        long proposed = draft(SCHOOLS.get(1), "Trường THCS Một Ngàn — trường học số", DemoPilotTemplates.SCHOOL,
                month.plusMonths(1));
        work.inTenant(SCHOOLS.get(1), () -> step(proposed, PilotAction.PROPOSE));
        long reviewed = started(SCHOOLS.get(2), "Trường Tiểu học Đại Thành — trường học số", DemoPilotTemplates.SCHOOL,
                month.minusMonths(9), 8);
        work.inTenant(SCHOOLS.get(2), () -> step(reviewed, PilotAction.REVIEW, month.minusMonths(1)));
    }

    /**
     * Brings the five replicas, decided on {@code replicated}, to different stages: approved, running, reviewed,
     * evaluated and stopped; each started a week after the decision.
     */
    private void advanceReplicas(List<String> targets, LocalDate replicated) {
        for (int i = 1; i < targets.size(); i++) {
            String code = targets.get(i);
            int stage = i;
            LocalDate started = replicated.plusWeeks(1);
            work.inTenant(code, () -> {
                Pilot replica = pilots.list(new PageRequest(0, 1), PilotFilter.all())
                        .items().getFirst();
                step(replica.id(), PilotAction.START, started);
                measure(replica, replica.plan().startDate(), 1 + stage);
                if (stage == 2 || stage == 3) {
                    step(replica.id(), PilotAction.REVIEW, replicated.plusMonths(1 + stage));
                }
                if (stage == 3) {
                    assessments.evaluate(replica.id(), new EvaluationRequest(manualScores(replica.id(), 0.5), false,
                            "Cần thêm thời gian để đánh giá công nhận", replicated.plusMonths(1 + stage).plusWeeks(1)),
                            LOADER);
                }
                if (stage == 4) {
                    lifeCycle.transition(replica.id(), new TransitionRequest(PilotAction.STOP,
                            "Chợ đang sửa chữa, tạm dừng", null, null, replicated.plusMonths(2)), LOADER);
                }
                return null;
            });
        }
    }

    private long draft(String commune, String name, String template, LocalDate start) {
        return work.inTenant(commune, () -> {
            List<String> places = units.list(new PageRequest(0, 1), null).items().stream().map(u -> u.code()).toList();
            PilotTemplate from = templates.find(template).orElseThrow(() -> ProblemException.notFound(
                    "No template " + template + " above " + commune));
            return pilots.create(new PilotRequest(name, from.field(), from.description(), start, start.plusMonths(12).minusDays(1),
                    120_000_000L + 10_000_000L * (name.length() % 7), places, List.of("VNPT Hậu Giang", "Viettel Hậu Giang"),
                    "Chủ tịch UBND " + commune, null, template, null, null, null, null)).id();
        });
    }

    /** A pilot proposed a month before {@code start} and approved by a decision ten days before it. */
    private long approved(String commune, String name, String template, LocalDate start) {
        long pilot = draft(commune, name, template, start);
        LocalDate decided = start.minusDays(10);
        work.inTenant(commune, () -> {
            step(pilot, PilotAction.PROPOSE, start.minusMonths(1));
            return lifeCycle.transition(pilot, new TransitionRequest(PilotAction.APPROVE, "Đồng ý triển khai thí điểm",
                    (300 + commune.length() * 17) + "/QĐ-UBND", decided, decided), LOADER);
        });
        return pilot;
    }

    /** A pilot approved and running since {@code start}, with actuals of its first {@code months} months. */
    private long started(String commune, String name, String template, LocalDate start, int months) {
        long pilot = approved(commune, name, template, start);
        work.inTenant(commune, () -> {
            step(pilot, PilotAction.START, start);
            return measure(pilots.find(pilot).orElseThrow(), start, months);
        });
        return pilot;
    }

    /** Monthly actuals from {@code start}, rising towards each KPI's target; the last month before today stays late. */
    private int measure(Pilot pilot, LocalDate start, int months) {
        Random random = new Random(pilot.id());
        int recorded = 0;
        for (int m = 0; m < months; m++) {
            Period period = Period.containing(start.plusMonths(m), false);
            double progress = (m + 1.0) / (months + 1.0);
            for (Kpi kpi : pilot.design().kpis()) {
                measurements.record(pilot.id(), actual(kpi, period, progress, random), LOADER);
                recorded++;
            }
        }
        return recorded;
    }

    private static MeasurementRequest actual(Kpi kpi, Period period, double progress, Random random) {
        double target = kpi.target() == null ? 10 : kpi.target().doubleValue();
        double reached = Math.min(1.05, progress + random.nextDouble() * 0.15);
        return switch (kpi.kind()) {
            case PERCENT -> new MeasurementRequest(kpi.code(), period.toString(), null,
                    BigDecimal.valueOf(Math.min(200, Math.round(target * reached * 2))), BigDecimal.valueOf(200), null);
            case YES_NO -> new MeasurementRequest(kpi.code(), period.toString(), reached > 0.6 ? BigDecimal.ONE
                    : BigDecimal.ZERO, null, null, null);
            case NUMBER -> new MeasurementRequest(kpi.code(), period.toString(),
                    BigDecimal.valueOf(Math.round(target * reached)), null, null, null);
        };
    }

    /** Points for the rubric's MANUAL criteria, this share of each maximum; the others are scored from the actuals. */
    private List<ScoreRequest> manualScores(long pilot, double share) {
        return pilots.find(pilot).orElseThrow().design().criteria().stream()
                .filter(criterion -> !criterion.method().automatic())
                .map(criterion -> new ScoreRequest(criterion.code(), criterion.maxPoints()
                        .multiply(BigDecimal.valueOf(share)).setScale(0, java.math.RoundingMode.HALF_UP), null, null))
                .toList();
    }

    /** Takes a step in effect today. */
    private Object step(long pilot, PilotAction action) {
        return step(pilot, action, null);
    }

    private Object step(long pilot, PilotAction action, LocalDate effectiveOn) {
        return lifeCycle.transition(pilot, new TransitionRequest(action, null, null, null, effectiveOn), LOADER);
    }
}
