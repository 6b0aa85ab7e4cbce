package vn.sohoa.platform.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.pilots.domain.Actual;
import vn.sohoa.platform.pilots.domain.Kpi;
import vn.sohoa.platform.pilots.domain.Period;
import vn.sohoa.platform.pilots.domain.Pilot;
import vn.sohoa.platform.pilots.domain.PilotMeasurement;
import vn.sohoa.platform.pilots.domain.PilotPlan;
import vn.sohoa.platform.pilots.domain.Reporting;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Caller;

/** The measured actuals of a pilot's KPIs, their corrections, and which periods are late. */
@ApplicationScoped
public class PilotMeasurementService {

    @Inject
    EntityManager em;

    @Inject
    PilotService pilots;

    @Inject
    Clock clock;

    /**
     * Records the actual of a KPI for a period; a period already recorded is corrected, the value it
     * replaces kept as history.
     *
     * @throws ProblemException 400 naming the field (a KPI the pilot does not have, a malformed period, one not
     *                          of its frequency, not begun or outside its dates, a missing value, a zero denominator), 404 when the tenant has no such pilot, 409
     *                          when the pilot is not running (before its start, after it was stopped or closed)
     */
    @Transactional
    public PilotMeasurement record(long pilotId, MeasurementRequest request, Caller caller) {
        Pilot pilot = pilots.existing(pilotId);
        Kpi kpi = pilot.design().kpi(request.kpiCode()).orElseThrow(() -> ProblemException.invalid("kpiCode",
                "names no KPI of pilot " + pilotId));
        Period period = Period.parse(request.period());
        Actual actual = Actual.of(kpi.kind(), request.value(), request.numerator(), request.denominator());
        fits(period, pilot.plan());
        if (!pilot.status().measured()) {
            throw ProblemException.conflict("Pilot " + pilotId + " is " + pilot.status()
                    + "; actuals are recorded from its start until it closes.");
        }
        Instant now = clock.instant();
        current(pilotId).stream().filter(m -> m.kpiCode().equals(kpi.code()) && m.period().equals(period.toString()))
                .forEach(previous -> previous.supersede(now));
        em.flush();
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        PilotMeasurement measurement = new PilotMeasurement(pilotId, kpi.code(), period, actual, note,
                caller.username(), now);
        em.persist(measurement);
        em.flush();
        return measurement;
    }

    /**
     * A period the pilot reports, which has begun: of its reporting frequency, and within its dates. A typo such as
     * 2062-11 would otherwise become the latest actual, which scores the pilot and its replicas.
     *
     * @throws ProblemException 400 naming {@code period}
     */
    void fits(Period period, PilotPlan plan) {
        boolean quarterly = plan.reporting() == Reporting.QUARTERLY;
        if (quarterly != (period.months() == 3)) {
            throw ProblemException.invalid("period", quarterly ? "this pilot reports by quarter, such as 2026-Q4"
                    : "this pilot reports by month, such as 2026-11");
        }
        if (period.first().atDay(1).isAfter(VietnamCalendar.today(clock))) {
            throw ProblemException.invalid("period", "has not begun yet");
        }
        if (period.lastDay().isBefore(plan.startDate()) || period.first().atDay(1).isAfter(plan.endDate())) {
            throw ProblemException.invalid("period", "lies outside the pilot's dates, "
                    + VietnamCalendar.DAY.format(plan.startDate()) + " to " + VietnamCalendar.DAY.format(plan.endDate()));
        }
    }

    /** The pilot's current actuals, or with {@code history} also every value a correction replaced; by KPI and period. */
    @Transactional
    public List<PilotMeasurement> list(long pilotId, boolean history) {
        pilots.existing(pilotId);
        return em.createQuery("from PilotMeasurement where pilotId = :pilot"
                        + (history ? "" : " and supersededAt is null") + " order by kpiCode, period, recordedAt",
                PilotMeasurement.class).setParameter("pilot", pilotId).getResultList();
    }

    /**
     * Each KPI of the pilot over the periods from its start to today (Vietnam's day from the clock), with late
     * periods flagged while the pilot runs.
     */
    @Transactional
    public List<KpiProgress> progress(long pilotId) {
        Pilot pilot = pilots.existing(pilotId);
        LocalDate today = VietnamCalendar.today(clock);
        var plan = pilot.plan();
        boolean quarterly = plan.reporting() == Reporting.QUARTERLY;
        LocalDate until = today.isAfter(plan.endDate()) ? plan.endDate().plusDays(1) : today;
        List<Period> expected = Period.between(plan.startDate(), until, quarterly);
        List<PilotMeasurement> current = current(pilotId);
        List<KpiProgress> progress = new ArrayList<>();
        for (Kpi kpi : pilot.design().kpis()) {
            Map<String, Actual> byPeriod = new TreeMap<>();
            current.stream().filter(m -> m.kpiCode().equals(kpi.code())).forEach(m -> byPeriod.put(m.period(), m.actual()));
            List<KpiProgress.PeriodActual> periods = new ArrayList<>();
            for (Period period : expected) {
                Actual actual = byPeriod.get(period.toString());
                boolean late = actual == null && pilot.status().measured() && period.lastDay().isBefore(today);
                periods.add(new KpiProgress.PeriodActual(period.toString(), actual, late));
            }
            byPeriod.forEach((period, actual) -> {
                if (periods.stream().noneMatch(p -> p.period().equals(period))) {
                    periods.add(new KpiProgress.PeriodActual(period, actual, false));
                }
            });
            periods.sort((a, b) -> Period.parse(a.period()).compareTo(Period.parse(b.period())));
            Actual latest = latest(byPeriod);
            boolean reached = latest != null && kpi.target() != null && kpi.direction().reaches(latest.value(), kpi.target());
            progress.add(new KpiProgress(kpi, periods, latest, reached));
        }
        return progress;
    }

    /** The latest current actual of each KPI of the pilot, by KPI code. */
    Map<String, Actual> latestActuals(long pilotId) {
        Map<String, Map<String, Actual>> byKpi = new TreeMap<>();
        current(pilotId).forEach(m -> byKpi.computeIfAbsent(m.kpiCode(), k -> new TreeMap<>()).put(m.period(), m.actual()));
        Map<String, Actual> latest = new TreeMap<>();
        byKpi.forEach((kpi, periods) -> latest.put(kpi, latest(periods)));
        return latest;
    }

    private static Actual latest(Map<String, Actual> byPeriod) {
        return byPeriod.entrySet().stream().max((a, b) -> Period.parse(a.getKey()).compareTo(Period.parse(b.getKey())))
                .map(Map.Entry::getValue).orElse(null);
    }

    private List<PilotMeasurement> current(long pilotId) {
        return em.createQuery("from PilotMeasurement where pilotId = :pilot and supersededAt is null",
                PilotMeasurement.class).setParameter("pilot", pilotId).getResultList();
    }
}
