package vn.sohoa.platform.categories.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import vn.sohoa.platform.categories.domain.SupportCategory;
import vn.sohoa.platform.problem.OptimisticVersion;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.service.TenantGate;

/** The support categories the current tenant sees: the province catalogue and its own. */
@ApplicationScoped
public class SupportCategoryService {

    @Inject
    EntityManager em;

    @Inject
    TenantGate gate;

    /** The catalogue, then the tenant's own categories, each by code; retired ones included. */
    @Transactional
    public List<SupportCategory> list() {
        return em.createQuery("from SupportCategory c where c.tenantCode is null or c.tenantCode = :tenant "
                        + "order by case when c.tenantCode is null then 0 else 1 end, c.code", SupportCategory.class)
                .setParameter("tenant", tenant()).getResultList();
    }

    /** The category with this code, from the catalogue or the tenant's own, or empty. */
    @Transactional
    public Optional<SupportCategory> find(String code) {
        return em.createQuery("from SupportCategory c where c.code = :code "
                        + "and (c.tenantCode is null or c.tenantCode = :tenant)", SupportCategory.class)
                .setParameter("code", code).setParameter("tenant", tenant()).getResultStream().findFirst();
    }

    /** Adds a category of the tenant's own; 409 when the code is taken, by the catalogue or the tenant. */
    @Transactional
    public SupportCategory add(String code, String labelVi, String labelEn) {
        find(code).ifPresent(existing -> {
            throw ProblemException.duplicate("code", "There is already a support category " + code
                    + (existing.inCatalogue() ? " in the province catalogue." : " in this tenant."));
        });
        SupportCategory category = new SupportCategory(tenant(), code, labelVi, labelEn);
        em.persist(category);
        em.flush();
        return category;
    }

    /**
     * Relabels or retires one of the tenant's own categories. Support already logged under a retired
     * category keeps it.
     *
     * @throws ProblemException 404 for an unknown code, 409 for a catalogue category (only the province
     *                          changes it) or a stale {@code expectedVersion}
     */
    @Transactional
    public SupportCategory change(String code, String labelVi, String labelEn, boolean active, long expectedVersion) {
        SupportCategory category = find(code).orElseThrow(() ->
                ProblemException.notFound("There is no support category " + code + " here."));
        if (category.inCatalogue()) {
            throw ProblemException.conflict(code + " belongs to the province catalogue; only the province changes it.");
        }
        OptimisticVersion.check("Support category " + code, category.version(), expectedVersion);
        category.change(labelVi, labelEn, active);
        em.flush();
        return category;
    }

    private String tenant() {
        return gate.here().code();
    }
}
