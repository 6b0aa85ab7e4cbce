package vn.sohoa.admin.tenants.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.paging.Page;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.domain.MembershipGrant;
import vn.sohoa.platform.tenancy.domain.Tenant;
import vn.sohoa.platform.tenancy.domain.TenantChanged;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.domain.TenantStatus;
import vn.sohoa.platform.tenancy.service.MembershipGrants;
import vn.sohoa.platform.tenancy.service.TenantGate;

/** Creates tenants and lists the ones a person may see; {@link TenantLifecycleService} changes them. */
@ApplicationScoped
public class TenantService {

    @Inject
    EntityManager em;

    @Inject
    TenantGate gate;

    @Inject
    MembershipGrants grants;

    @Inject
    Event<TenantChanged> changes;

    @Inject
    Clock clock;

    /**
     * Creates a tenant under its parent. Only a province administrator creates a top-level tenant; a
     * child needs a tenant administrator of the parent (or of one of its ancestors).
     *
     * @throws ProblemException 404 when the parent is not visible to the caller, 403 when the caller may
     *                          not administer it, 409 when the code is taken
     */
    @Transactional
    public Tenant create(Caller caller, TenantDraft draft) {
        if (draft.parentCode() == null && !caller.provinceAdmin()) {
            throw ProblemException.forbidden("Only a province administrator may create a top-level tenant; "
                    + "name a parentCode you administer.");
        }
        if (draft.parentCode() != null) {
            gate.check(caller, draft.parentCode(), Access.ADMINISTER);
        }
        return provision(draft);
    }

    /**
     * Creates a tenant without checking who asks: for the platform's own jobs (demo data, imports that
     * were authorised as a whole). 409 when the code is taken, 404 when the parent does not exist.
     */
    @Transactional
    public Tenant provision(TenantDraft draft) {
        if (em.find(Tenant.class, draft.code()) != null) {
            throw ProblemException.duplicate("code", "Tenant code " + draft.code() + " is already taken.");
        }
        if (draft.parentCode() != null && em.find(Tenant.class, draft.parentCode()) == null) {
            throw ProblemException.notFound("There is no tenant " + draft.parentCode() + ".");
        }
        Tenant tenant = new Tenant(draft.code(), draft.name(), draft.kind(), draft.parentCode(),
                VietnamCalendar.today(clock));
        em.persist(tenant);
        em.flush();
        changes.fire(new TenantChanged(tenant.code()));
        return tenant;
    }

    /**
     * A page of the tenants the caller may see, ordered by code: all of them for a province
     * administrator, otherwise the tenants of their memberships and everything below them. With a
     * {@code parentCode}, only that (visible) tenant's children; only tenants in one of {@code statuses}.
     *
     * @throws ProblemException 404 when the parent is not visible to the caller
     */
    @Transactional
    public Page<TenantSnapshot> list(Caller caller, String parentCode, String search, Set<TenantStatus> statuses,
                                     PageRequest request) {
        return list(caller, new TenantFilter(parentCode, search, false, statuses), request);
    }

    /**
     * A page of the visible tenants that pass {@code filter}, ordered by code; see {@link TenantFilter}.
     *
     * @throws ProblemException 404 when the filter's parent is not visible to the caller
     */
    @Transactional
    public Page<TenantSnapshot> list(Caller caller, TenantFilter filter, PageRequest request) {
        return nodes(caller, filter, request).map(TenantNode::tenant);
    }

    /**
     * The same page with whether each tenant has children, from the same statement: what a tree shows
     * without a query per node. A child of a visible tenant is always visible.
     *
     * @throws ProblemException 404 when the filter's parent is not visible to the caller
     */
    @Transactional
    public Page<TenantNode> nodes(Caller caller, TenantFilter filter, PageRequest request) {
        if (filter.parentCode() != null) {
            gate.check(caller, filter.parentCode(), Access.READ);
        }
        List<String> paths = caller.provinceAdmin() ? null
                : grants.of(caller.subject()).stream().map(MembershipGrant::tenantPath).toList();
        if (paths != null && paths.isEmpty()) {
            return request.of(List.of(), 0);
        }
        TenantQuery query = new TenantQuery(filter, paths);
        long total = ((Number) query.count(em).getSingleResult()).longValue();
        return request.of(query.nodes(em, request.offset(), request.size()), total);
    }
}
