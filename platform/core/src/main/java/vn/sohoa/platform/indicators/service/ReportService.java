package vn.sohoa.platform.indicators.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.indicators.domain.DataSet;
import vn.sohoa.platform.indicators.domain.EnteredValue;
import vn.sohoa.platform.indicators.domain.Indicator;
import vn.sohoa.platform.indicators.domain.ReportForm;
import vn.sohoa.platform.indicators.domain.ReportPeriod;
import vn.sohoa.platform.indicators.domain.ReportState;
import vn.sohoa.platform.indicators.domain.ReportValue;
import vn.sohoa.platform.indicators.domain.ValueRules;
import vn.sohoa.platform.problem.OptimisticVersion;
import vn.sohoa.platform.problem.Problem;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * The current tenant's report forms: filling in (automatic values computed and marked, an override only with
 * a reason), submitting, and the decisions of the level above (approve, return, un-approve). The caller's
 * right to each is checked at the door: {@code ReportAccess.FILL} to fill and submit, {@code ReportAccess.DECIDE}
 * to decide. A refused change writes nothing.
 */
@ApplicationScoped
public class ReportService {

    @Inject
    EntityManager em;

    @Inject
    TenantGate gate;

    @Inject
    SecurityIdentity identity;

    @Inject
    Clock clock;

    @Inject
    DataSetService dataSets;

    @Inject
    AutomaticValues automatic;

    /**
     * The form of data set {@code dataSetCode} for {@code periodText} ({@code 2026-11}, {@code 2026-Q4}, …):
     * as saved, or an unsaved draft with its automatic values.
     *
     * @throws ProblemException 404 for an unknown data set; 400 naming the period when it does not fit the data
     *                          set, or when the tenant does not report it
     */
    @Transactional
    public Report get(String dataSetCode, String periodText) {
        Form form = open(dataSetCode, periodText);
        if (form.stored().isEmpty()) {
            return unsaved(form, automatic.of(form.indicators(), form.period()));
        }
        ReportForm stored = form.stored().get();
        Report saved = view(form, stored, form.values());
        return stored.state() == ReportState.DRAFT || stored.state() == ReportState.RETURNED
                ? saved.withAutomatic(automatic.of(form.indicators(), form.period())) : saved;
    }

    /**
     * Saves values into the form, creating it as a DRAFT at the first save. An indicator left out keeps its
     * value; an automatic one is computed afresh unless it was replaced. A value differing from the automatic
     * one needs {@code overrideReason}.
     *
     * @param expectedVersion the version read; may be null only while no form is stored
     * @throws ProblemException 400 naming each indicator whose value is refused; 409 when the form is
     *                          submitted or approved (locked), or the version is stale
     */
    @Transactional
    public Report save(String dataSetCode, String periodText, List<EnteredValue> entered, Long expectedVersion) {
        Form form = open(dataSetCode, periodText);
        ReportForm stored = stored(form, expectedVersion);
        stored.checkEditable();
        // The values live in rows of their own, so saving them would leave the form's version as it was and two
        // people typing into one draft would overwrite each other unseen: each save takes the form's next version.
        em.lock(stored, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        Map<String, ReportValue> rows = form.values();
        fill(form, stored, rows, entered);
        em.flush();
        return view(form, stored, rows);
    }

    /**
     * Submits the form to the level above, with its automatic values brought up to date. Creates the form
     * when it was never saved (a form of automatic values only).
     *
     * @throws ProblemException 400 naming each required indicator without a value; 409 when it is not a draft
     *                          or returned form, or the version is stale
     */
    @Transactional
    public Report submit(String dataSetCode, String periodText, Long expectedVersion) {
        Form form = open(dataSetCode, periodText);
        ReportForm stored = stored(form, expectedVersion);
        stored.checkEditable();
        Map<String, ReportValue> rows = form.values();
        fill(form, stored, rows, List.of());
        List<Problem.FieldError> missing = new ArrayList<>();
        for (String code : form.dataSet().required()) {
            ReportValue row = rows.get(code);
            if (row == null || row.entered().empty()) {
                missing.add(new Problem.FieldError(ValueRules.field(code), code + " is required to submit the form for "
                        + form.period().label()));
            }
        }
        if (!missing.isEmpty()) {
            throw ProblemException.invalid(missing);
        }
        stored.submit(who(), clock.instant());
        em.flush();
        return view(form, stored, rows);
    }

    /**
     * Approves a submitted form; its values now count in every roll-up above. Only the level above may
     * ({@code ReportAccess.DECIDE}).
     *
     * @throws ProblemException 404 when there is no form; 409 when it is not submitted
     */
    @Transactional
    public Report approve(String dataSetCode, String periodText) {
        Form form = open(dataSetCode, periodText);
        ReportForm stored = existingForm(form);
        stored.approve(who(), clock.instant());
        em.flush();
        return view(form, stored, form.values());
    }

    /**
     * Returns a submitted form to the unit with what to correct.
     *
     * @throws ProblemException 404 when there is no form; 409 when it is not submitted
     */
    @Transactional
    public Report sendBack(String dataSetCode, String periodText, String comment) {
        Form form = open(dataSetCode, periodText);
        ReportForm stored = existingForm(form);
        stored.sendBack(who(), clock.instant(), comment);
        em.flush();
        return view(form, stored, form.values());
    }

    /**
     * Takes an approval back, with the reason: the form is returned to the unit and its values leave the
     * roll-ups. A separate act of the level above, recorded in the audit trail.
     *
     * @throws ProblemException 404 when there is no form; 409 when it is not approved
     */
    @Transactional
    public Report unapprove(String dataSetCode, String periodText, String reason) {
        Form form = open(dataSetCode, periodText);
        ReportForm stored = existingForm(form);
        stored.unapprove(who(), clock.instant(), reason);
        em.flush();
        return view(form, stored, form.values());
    }

    /** The form as stored, if it is, with its values by indicator code (empty and mutable for a new form). */
    private record Form(DataSet dataSet, ReportPeriod period, List<Indicator> indicators, Optional<ReportForm> stored,
                        Map<String, ReportValue> values) {}

    /**
     * The data set, the period, the indicators and the stored form with its values: the form and its values in one
     * statement (a left join), since every operation on a form reads both.
     */
    private Form open(String dataSetCode, String periodText) {
        DataSet dataSet = dataSets.existing(dataSetCode);
        ReportPeriod period = dataSet.period(periodText);
        dataSets.checkAssigned(dataSet);
        List<Object[]> rows = em.createQuery("select f, v from ReportForm f left join ReportValue v on v.formId = f.id "
                        + "where f.dataSetId = :set and f.period = :period", Object[].class)
                .setParameter("set", dataSet.id()).setParameter("period", period.label()).getResultList();
        Map<String, ReportValue> values = new LinkedHashMap<>();
        rows.stream().map(row -> (ReportValue) row[1]).filter(Objects::nonNull)
                .forEach(value -> values.putIfAbsent(value.indicatorCode(), value));
        Optional<ReportForm> stored = rows.stream().map(row -> (ReportForm) row[0]).findFirst();
        return new Form(dataSet, period, dataSets.indicatorsOf(dataSet), stored, values);
    }

    /**
     * The form to fill, of a period that has begun: a period to come has no figures yet, and its automatic values,
     * computed as of today, would be another period's.
     *
     * @throws ProblemException 400 naming {@code period} before its first day (in Vietnam)
     */
    private ReportForm stored(Form form, Long expectedVersion) {
        if (form.period().first().isAfter(VietnamCalendar.today(clock))) {
            throw ProblemException.invalid("period", form.period().label() + " begins on "
                    + VietnamCalendar.DAY.format(form.period().first()) + "; its form can be filled from then");
        }
        if (form.stored().isPresent()) {
            ReportForm stored = form.stored().get();
            if (expectedVersion != null) {
                OptimisticVersion.check("The form for " + form.period().label(), stored.version(), expectedVersion);
            }
            return stored;
        }
        ReportForm created = new ReportForm(form.dataSet(), form.period());
        em.persist(created);
        em.flush();
        return created;
    }

    private ReportForm existingForm(Form form) {
        return form.stored().orElseThrow(() -> ProblemException.notFound("There is no form of " + form.dataSet().code()
                + " for " + form.period().label() + " here."));
    }

    private void fill(Form form, ReportForm stored, Map<String, ReportValue> rows, List<EnteredValue> entered) {
        Map<String, Indicator> byCode = form.indicators().stream()
                .collect(Collectors.toMap(Indicator::code, Function.identity()));
        Map<String, EnteredValue> computed = automatic.of(form.indicators(), form.period());
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, EnteredValue> accepted = new LinkedHashMap<>();
        for (EnteredValue sent : entered) {
            Indicator indicator = byCode.get(sent.indicatorCode());
            if (indicator == null) {
                errors.add(new Problem.FieldError(ValueRules.field(sent.indicatorCode()), sent.indicatorCode()
                        + " is not an indicator of data set " + form.dataSet().code()));
                continue;
            }
            List<Problem.FieldError> refused = ValueRules.check(indicator, sent);
            EnteredValue auto = computed.get(indicator.code());
            ReportValue row = rows.get(indicator.code());
            // The automatic value as it was stored, sent back untouched while Sohoa's own figure moved on (a page
            // opened before the last records were logged): the person replaced nothing, so it is computed afresh.
            boolean untouched = auto != null && row != null && row.automatic() && sent.sameFigure(row.entered())
                    && (sent.overrideReason() == null || sent.overrideReason().isBlank());
            EnteredValue value = untouched ? auto : sent;
            if (refused.isEmpty() && auto != null && !value.empty() && !value.sameFigure(auto)
                    && (value.overrideReason() == null || value.overrideReason().isBlank())) {
                refused = List.of(new Problem.FieldError(ValueRules.field(indicator.code()), indicator.code()
                        + " differs from the automatic value; give an overrideReason"));
            }
            errors.addAll(refused);
            accepted.put(indicator.code(), value);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        for (Indicator indicator : form.indicators()) {
            EnteredValue value = accepted.get(indicator.code());
            EnteredValue auto = computed.get(indicator.code());
            ReportValue row = rows.get(indicator.code());
            boolean keepsOverride = row != null && row.overrideReason() != null;
            if (value != null && !(auto != null && (value.empty() || value.sameFigure(auto)))) {
                row(stored, rows, indicator).set(value, false, auto == null ? null : value.overrideReason().strip());
            } else if (auto != null && (value != null || !keepsOverride)) {
                row(stored, rows, indicator).set(auto, true, null);
            }
        }
    }

    private ReportValue row(ReportForm stored, Map<String, ReportValue> rows, Indicator indicator) {
        return rows.computeIfAbsent(indicator.code(), code -> {
            ReportValue created = new ReportValue(stored.id(), code);
            em.persist(created);
            return created;
        });
    }

    private Report view(Form form, ReportForm stored, Map<String, ReportValue> rows) {
        List<Report.Entry> entries = form.indicators().stream().map(indicator -> {
            ReportValue row = rows.get(indicator.code());
            EnteredValue value = row == null ? new EnteredValue(indicator.code(), null, null, null, null, null) : row.entered();
            return entry(form, indicator, value, row != null && row.automatic());
        }).toList();
        return new Report(gate.here().code(), form.dataSet().code(), form.dataSet().name(), form.period().label(),
                form.period().first(), form.period().last(), stored.dueDate(), stored.state(), true, stored.comment(),
                stored.submittedAt(), stored.submittedBy(), stored.decidedAt(), stored.decidedBy(), stored.version(),
                entries, ReportForm.late(stored.firstSubmittedAt(), stored.dueDate(), VietnamCalendar.today(clock)));
    }

    private Report unsaved(Form form, Map<String, EnteredValue> computed) {
        List<Report.Entry> entries = form.indicators().stream().map(indicator -> {
            EnteredValue auto = computed.get(indicator.code());
            return entry(form, indicator, auto == null ? new EnteredValue(indicator.code(), null, null, null, null, null)
                    : auto, auto != null);
        }).toList();
        return new Report(gate.here().code(), form.dataSet().code(), form.dataSet().name(), form.period().label(),
                form.period().first(), form.period().last(), form.period().dueDate(form.dataSet().dueDays()),
                ReportState.DRAFT, false, null, null, null, null, null, null, entries,
                ReportForm.late(null, form.period().dueDate(form.dataSet().dueDays()), VietnamCalendar.today(clock)));
    }

    private static Report.Entry entry(Form form, Indicator indicator, EnteredValue value, boolean automatic) {
        return new Report.Entry(indicator.code(), indicator.name(), indicator.unit(), indicator.kind(),
                form.dataSet().required().contains(indicator.code()), value.value(), value.numerator(),
                value.denominator(), value.yes(), automatic, value.overrideReason());
    }

    private String who() {
        return identity.isAnonymous() ? "system" : Caller.of(identity).username();
    }
}
