package vn.sohoa.platform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.indicators.domain.DataSet;
import vn.sohoa.platform.indicators.domain.ReportForm;
import vn.sohoa.platform.indicators.domain.ReportPeriod;
import vn.sohoa.platform.indicators.domain.ReportState;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * Completeness and timeliness of a data set for a period over the current tenant's subtree: which live units
 * owe the form, which submitted it (on time, by the due day in Vietnam, or late), which were approved, and
 * which are missing. A unit counts as late also while it has not submitted after the due day.
 */
@ApplicationScoped
public class ReportCompleteness {

    /**
     * One unit that owes the form.
     *
     * @param state            its form's state; null when it has none
     * @param firstSubmittedAt when it first submitted the form, whatever happened after
     * @param late             submitted after the due day, or not yet submitted once the due day has passed
     */
    public record Unit(String tenantCode, String tenantName, String parentCode, ReportState state,
                       Instant firstSubmittedAt, Instant decidedAt, boolean late) {

        /** Whether the form is with the level above or approved. */
        public boolean submitted() {
            return state == ReportState.SUBMITTED || state == ReportState.APPROVED;
        }
    }

    /**
     * The board of a data set and period.
     *
     * @param submitted forms submitted or approved now
     * @param onTime    units that first submitted by the due day
     * @param late      units that submitted after it, or have not submitted since
     * @param missing   codes of units whose form is not submitted (none, draft or returned)
     */
    public record Completeness(String tenantCode, String dataSetCode, String period, LocalDate dueDate, int expected,
                               int submitted, int onTime, int late, int approved, List<String> missing,
                               List<Unit> units) {}

    @Inject
    EntityManager em;

    @Inject
    TenantGate gate;

    @Inject
    Clock clock;

    @Inject
    DataSetService dataSets;

    /**
     * The completeness of {@code dataSetCode} for {@code periodText} over the current tenant's subtree.
     *
     * @throws vn.sohoa.platform.problem.ProblemException 404 for an unknown data set, 400 naming a period that
     *                                                    does not fit it
     */
    @Transactional
    public Completeness of(String dataSetCode, String periodText) {
        DataSet dataSet = dataSets.existing(dataSetCode);
        ReportPeriod period = dataSet.period(periodText);
        LocalDate due = period.dueDate(dataSet.dueDays());
        LocalDate today = VietnamCalendar.today(clock);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select tenant_code, tenant_name, parent_code, state, "
                        + "first_submitted_at, decided_at from report_states(:root, :set, :period)")
                .setParameter("root", gate.here().code()).setParameter("set", dataSet.id())
                .setParameter("period", period.label()).getResultList();
        List<Unit> units = rows.stream().map(row -> {
            Instant first = SqlInstants.of(row[4]);
            boolean late = ReportForm.late(first, due, today);
            return new Unit((String) row[0], (String) row[1], (String) row[2],
                    row[3] == null ? null : ReportState.valueOf((String) row[3]), first, SqlInstants.of(row[5]), late);
        }).toList();
        int submitted = (int) units.stream().filter(Unit::submitted).count();
        int onTime = (int) units.stream().filter(unit -> unit.firstSubmittedAt() != null && !unit.late()).count();
        int late = (int) units.stream().filter(Unit::late).count();
        int approved = (int) units.stream().filter(unit -> unit.state() == ReportState.APPROVED).count();
        List<String> missing = units.stream().filter(unit -> !unit.submitted()).map(Unit::tenantCode).toList();
        return new Completeness(gate.here().code(), dataSet.code(), period.label(), due, units.size(), submitted,
                onTime, late, approved, missing, units);
    }
}
