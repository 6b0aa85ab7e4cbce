package vn.sohoa.platform.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sohoa.platform.paging.Page;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.paging.SearchPattern;
import vn.sohoa.platform.pilots.domain.Pilot;
import vn.sohoa.platform.pilots.domain.PilotDesign;
import vn.sohoa.platform.pilots.domain.PilotTemplate;
import vn.sohoa.platform.problem.OptimisticVersion;
import vn.sohoa.platform.problem.Problem;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.units.service.UnitService;

/** The pilot models of the entered tenant: listing, creating from a template, editing the plan. */
@ApplicationScoped
public class PilotService {

    @Inject
    EntityManager em;

    @Inject
    PilotTemplateService templates;

    @Inject
    UnitService units;

    /** A page of the tenant's pilots matching {@code filter}, newest first. */
    @Transactional
    public Page<Pilot> list(PageRequest request, PilotFilter filter) {
        String where = " where (:status is null or p.status = :status) and (:field is null or p.field = :field)"
                + " and cast(search_fold(p.name) as String) like cast(search_fold(:search) as String)";
        TypedQuery<Long> count = em.createQuery("select count(p) from Pilot p" + where, Long.class);
        TypedQuery<Pilot> items = em.createQuery("from Pilot p" + where + " order by p.id desc", Pilot.class);
        for (TypedQuery<?> query : List.of(count, items)) {
            query.setParameter("status", filter.status()).setParameter("field", filter.field())
                    .setParameter("search", SearchPattern.containing(filter.search()));
        }
        return request.slice(items, count.getSingleResult());
    }

    /** The tenant's pilot with this id, or empty (another tenant's pilot is not there). */
    @Transactional
    public Optional<Pilot> find(long id) {
        return em.createQuery("from Pilot where id = :id", Pilot.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    /**
     * Creates a DRAFT pilot, copying the design of {@code request.templateCode()} when given.
     *
     * @throws ProblemException 400 naming the field: an unknown template or sub-unit, an end before the start,
     *                          an inconsistent design
     */
    @Transactional
    public Pilot create(PilotRequest request) {
        PilotTemplate template = request.templateCode() == null ? null : templates.find(request.templateCode())
                .orElseThrow(() -> ProblemException.invalid("templateCode",
                        "names no template of this tenant or of a tenant above it"));
        PilotDesign design = designOf(request, template == null ? PilotDesign.empty() : template.design());
        Pilot pilot = new Pilot(request.plan(), design, template == null ? null : template.tenantCode(),
                template == null ? null : template.code());
        em.persist(pilot);
        em.flush();
        return pilot;
    }

    /**
     * Replaces the plan of a DRAFT or RETURNED pilot; KPIs, criteria and bands sent replace the pilot's.
     *
     * @throws ProblemException 404 when the tenant has no such pilot, 409 when it is past proposal or
     *                          {@code expectedVersion} is stale, 400 as {@link #create}
     */
    @Transactional
    public Pilot update(long id, PilotRequest request, long expectedVersion) {
        Pilot pilot = existing(id);
        OptimisticVersion.check("Pilot " + id, pilot.version(), expectedVersion);
        pilot.replan(request.plan(), designOf(request, pilot.design()));
        em.flush();
        return pilot;
    }

    Pilot existing(long id) {
        return find(id).orElseThrow(() -> notFound(id));
    }

    static ProblemException notFound(long id) {
        return ProblemException.notFound("There is no pilot " + id + " here.");
    }

    private PilotDesign designOf(PilotRequest request, PilotDesign base) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (request.endDate().isBefore(request.startDate())) {
            errors.add(new Problem.FieldError("endDate", "must not be before startDate"));
        }
        List<String> subUnits = request.plan().subUnits();
        for (int i = 0; i < subUnits.size(); i++) {
            if (units.find(subUnits.get(i)).isEmpty()) {
                errors.add(new Problem.FieldError("subUnits[" + i + "]", "names no sub-unit of this tenant"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        PilotDesign design = new PilotDesign(request.kpis() == null ? base.kpis() : request.kpis(),
                request.criteria() == null ? base.criteria() : request.criteria(),
                request.bands() == null ? base.bands() : request.bands());
        design.check("design");
        return design;
    }
}
