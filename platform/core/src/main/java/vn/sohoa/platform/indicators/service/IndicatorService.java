package vn.sohoa.platform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import vn.sohoa.platform.indicators.domain.Indicator;
import vn.sohoa.platform.indicators.domain.IndicatorDraft;
import vn.sohoa.platform.problem.OptimisticVersion;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * The indicators of the current tenant: its own and those it inherits from the tenants above it, the
 * province's catalogue first. Row-level security shows exactly these; a tenant changes only its own.
 */
@ApplicationScoped
public class IndicatorService {

    /** Own and inherited (row-level security shows exactly these). */
    static final String VISIBLE = "select i.* from indicator i";

    /**
     * How deep the defining tenant lies, probed by its key for each indicator: a join would read the whole
     * registry (tens of thousands of tenants) for a few dozen indicators.
     */
    private static final String DEPTH = "(select nlevel(o.path) from tenant o where o.code = i.tenant_id)";

    @Inject
    EntityManager em;

    @Inject
    TenantGate gate;

    /** Every indicator the tenant uses: inherited ones first (the province's catalogue), then its own. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Indicator> visible() {
        return em.createNativeQuery(VISIBLE + " order by " + DEPTH + ", i.code", Indicator.class).getResultList();
    }

    /**
     * The indicators the tenant uses with one of these codes, in the order of {@link #visible()}: a data set's
     * without reading the whole catalogue.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Indicator> visible(List<String> codes) {
        return em.createNativeQuery(VISIBLE + " where i.code = any (cast(:codes as varchar[])) "
                + "order by " + DEPTH + ", i.code", Indicator.class)
                .setParameter("codes", codes.toArray(String[]::new)).getResultList();
    }

    /** The indicator with this code, the tenant's own before one inherited from the nearest tenant above. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Optional<Indicator> find(String code) {
        return em.createNativeQuery(VISIBLE + " where i.code = :code order by " + DEPTH + " desc limit 1",
                Indicator.class).setParameter("code", code).getResultStream().findFirst();
    }

    /**
     * Defines an indicator in the current tenant, which every tenant below it inherits.
     *
     * @throws ProblemException 409 when the tenant already uses the code (its own or inherited); 400 when the
     *                          parts of the definition do not fit together
     */
    @Transactional
    public Indicator create(IndicatorDraft draft) {
        find(draft.code()).ifPresent(existing -> {
            throw ProblemException.duplicate("code", "Indicator " + draft.code() + " is already defined"
                    + (existing.tenantCode().equals(here()) ? " here." : " by " + existing.tenantCode() + "."));
        });
        Indicator indicator = new Indicator(here(), draft);
        em.persist(indicator);
        em.flush();
        return indicator;
    }

    /**
     * Changes the definition of one of the tenant's own indicators (not its code).
     *
     * @throws ProblemException 404 when the tenant uses no such indicator, 403 when it is inherited (it is
     *                          changed where it is defined), 409 when {@code expectedVersion} is stale
     */
    @Transactional
    public Indicator update(String code, IndicatorDraft draft, long expectedVersion) {
        Indicator indicator = existing(code);
        if (!indicator.tenantCode().equals(here())) {
            throw ProblemException.forbidden("Indicator " + code + " is defined by " + indicator.tenantCode()
                    + "; it is changed there.");
        }
        OptimisticVersion.check("Indicator " + code, indicator.version(), expectedVersion);
        indicator.define(new IndicatorDraft(code, draft.name(), draft.unit(), draft.kind(), draft.acrossTenants(),
                draft.acrossPeriods(), draft.direction(), draft.dtiPillar(), draft.dtiSubIndicator(), draft.dtiPoints(),
                draft.source(), draft.sourceCategory()));
        em.flush();
        return indicator;
    }

    /** The indicator with this code; 404 naming it when the tenant uses none. */
    public Indicator existing(String code) {
        return find(code).orElseThrow(() -> ProblemException.notFound("There is no indicator " + code + " here."));
    }

    private String here() {
        return gate.here().code();
    }
}
