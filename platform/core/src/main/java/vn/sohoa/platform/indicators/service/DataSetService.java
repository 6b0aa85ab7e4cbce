package vn.sohoa.platform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.sohoa.platform.indicators.domain.DataSet;
import vn.sohoa.platform.indicators.domain.DataSetDraft;
import vn.sohoa.platform.indicators.domain.Indicator;
import vn.sohoa.platform.problem.OptimisticVersion;
import vn.sohoa.platform.problem.Problem;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * The data sets (report forms) of the current tenant: its own and those defined above it, which it reports
 * when its kind is assigned. A tenant changes only its own.
 */
@ApplicationScoped
public class DataSetService {

    private static final String VISIBLE = "select d.* from data_set d join tenant o on o.code = d.tenant_id";

    @Inject
    EntityManager em;

    @Inject
    TenantGate gate;

    @Inject
    IndicatorService indicators;

    /** Every data set the tenant sees, those defined highest up first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<DataSet> visible() {
        return em.createNativeQuery(VISIBLE + " order by nlevel(o.path), d.code", DataSet.class).getResultList();
    }

    /** The data set with this code, the tenant's own before one from the nearest tenant above. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Optional<DataSet> find(String code) {
        return em.createNativeQuery(VISIBLE + " where d.code = :code order by nlevel(o.path) desc limit 1",
                DataSet.class).setParameter("code", code).getResultStream().findFirst();
    }

    /** The data set with this code; 404 naming it when the tenant sees none. */
    @Transactional
    public DataSet existing(String code) {
        return find(code).orElseThrow(() -> ProblemException.notFound("There is no data set " + code + " here."));
    }

    /**
     * Defines a data set in the current tenant for the tenants of the assigned kinds below it.
     *
     * @throws ProblemException 400 naming an indicator the tenant does not use or one listed twice; 409 when
     *                          the code is taken
     */
    @Transactional
    public DataSet create(DataSetDraft draft) {
        find(draft.code()).ifPresent(existing -> {
            throw ProblemException.duplicate("code", "Data set " + draft.code() + " is already defined by "
                    + existing.tenantCode() + ".");
        });
        checkIndicators(draft);
        DataSet dataSet = new DataSet(here().code(), draft);
        em.persist(dataSet);
        em.flush();
        return dataSet;
    }

    /**
     * Changes one of the tenant's own data sets (not its code). Forms already filled keep their values; an
     * indicator taken out is no longer shown or rolled up for new forms.
     *
     * @throws ProblemException 404, 403 when it is defined above, 400 as {@link #create}, 409 when stale
     */
    @Transactional
    public DataSet update(String code, DataSetDraft draft, long expectedVersion) {
        DataSet dataSet = existing(code);
        if (!dataSet.tenantCode().equals(here().code())) {
            throw ProblemException.forbidden("Data set " + code + " is defined by " + dataSet.tenantCode()
                    + "; it is changed there.");
        }
        OptimisticVersion.check("Data set " + code, dataSet.version(), expectedVersion);
        checkIndicators(draft);
        dataSet.define(draft);
        em.flush();
        return dataSet;
    }

    /** The data set's indicators in its order, as the current tenant sees them. */
    @Transactional
    public List<Indicator> indicatorsOf(DataSet dataSet) {
        Map<String, Indicator> byCode = indicators.visible(dataSet.indicatorCodes()).stream()
                .collect(Collectors.toMap(Indicator::code, Function.identity(), (above, own) -> own));
        return dataSet.indicatorCodes().stream().map(byCode::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Refuses a data set the current tenant does not report (its kind is not assigned): 400 naming it. */
    public void checkAssigned(DataSet dataSet) {
        TenantSnapshot tenant = here();
        if (!dataSet.assignedKinds().contains(tenant.kind())) {
            throw ProblemException.invalid("dataSet", "Data set " + dataSet.code() + " is reported by "
                    + dataSet.assignedKinds() + ", not by " + tenant.kind() + " " + tenant.code() + ".");
        }
    }

    private void checkIndicators(DataSetDraft draft) {
        draft.check();
        List<Problem.FieldError> errors = new ArrayList<>();
        draft.indicatorCodes().stream().filter(code -> indicators.find(code).isEmpty())
                .forEach(code -> errors.add(new Problem.FieldError("indicatorCodes", code + " is no indicator here")));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private TenantSnapshot here() {
        return gate.here();
    }
}
