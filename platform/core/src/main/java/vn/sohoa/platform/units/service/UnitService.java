package vn.sohoa.platform.units.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;
import vn.sohoa.platform.paging.Page;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.paging.SearchPattern;
import vn.sohoa.platform.problem.OptimisticVersion;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.problem.ProblemType;
import vn.sohoa.platform.tenancy.domain.TenantChanged;
import vn.sohoa.platform.tenancy.service.TenantGate;
import vn.sohoa.platform.units.domain.Unit;

/**
 * Sub-units of the current tenant. Every method works inside the tenant entered for the request. A sub-unit
 * added, retyped or removed is announced as a change of its tenant ({@link TenantChanged}): what is cached about
 * the tenant, such as the hamlets its dashboards and those of its ancestors count, must be read again.
 */
@ApplicationScoped
public class UnitService {

    @Inject
    EntityManager em;

    @Inject
    TenantGate gate;

    @Inject
    Event<TenantChanged> changes;

    /** A page of the tenant's sub-units ordered by code, optionally only those whose code or name contains {@code search}. */
    @Transactional
    public Page<Unit> list(PageRequest request, String search) {
        String pattern = SearchPattern.containing(search);
        String where = " where lower(u.code) like :pattern or lower(u.name) like :pattern";
        long total = em.createQuery("select count(u) from Unit u" + where, Long.class)
                .setParameter("pattern", pattern).getSingleResult();
        var items = em.createQuery("from Unit u" + where + " order by u.code", Unit.class)
                .setParameter("pattern", pattern);
        return request.slice(items, total);
    }

    /** The sub-unit with this code, or empty. */
    @Transactional
    public Optional<Unit> find(String code) {
        return em.createQuery("from Unit u where u.code = :code", Unit.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /** Adds a sub-unit; 409 when the tenant already has one with the same code. */
    @Transactional
    public Unit create(UnitDraft draft) {
        if (find(draft.code()).isPresent()) {
            throw ProblemException.duplicate("code", "This tenant already has a sub-unit with code " + draft.code() + ".");
        }
        Unit unit = new Unit(draft.code());
        unit.describe(draft.name(), draft.type(), draft.households(), draft.population());
        em.persist(unit);
        em.flush();
        announce();
        return unit;
    }

    /** Replaces a sub-unit's description; 409 when {@code expectedVersion} is not the stored version. */
    @Transactional
    public Unit update(String code, UnitDraft draft, long expectedVersion) {
        Unit unit = existing(code);
        OptimisticVersion.check("Sub-unit " + code, unit.version(), expectedVersion);
        unit.describe(draft.name(), draft.type(), draft.households(), draft.population());
        em.flush();
        announce();
        return unit;
    }

    /** Removes a sub-unit; 409 once teams or support records name it, because they keep it. */
    @Transactional
    public void delete(String code) {
        em.remove(existing(code));
        try {
            em.flush();
        } catch (ConstraintViolationException e) {
            // Only a reference refuses a deletion; any other failure (an unreachable database) means what it says.
            throw new ProblemException(ProblemType.STILL_REFERENCED, "Sub-unit " + code + " has teams or support records and cannot be "
                    + "deleted; rename it instead.");
        }
        announce();
    }

    private void announce() {
        changes.fire(new TenantChanged(gate.here().code()));
    }

    private Unit existing(String code) {
        return find(code).orElseThrow(() -> ProblemException.notFound("There is no sub-unit " + code + " here."));
    }
}
