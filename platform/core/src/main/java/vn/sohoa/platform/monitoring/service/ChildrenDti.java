package vn.sohoa.platform.monitoring.service;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sohoa.platform.monitoring.domain.ChildFigure;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * The DTI preview of a tenant's children. The indicators feature ranks a tenant among its siblings of its kind, so
 * the preview of one child, read in that child, ranks all its siblings of that kind: one preview per kind among the
 * children. Each is read in a transaction of its own inside the child (row-level security binds a transaction to
 * one tenant; whoever may read a tenant may read its children), and the caller enters the parent again afterwards.
 */
@ApplicationScoped
class ChildrenDti {

    @Inject
    EntityManager em;

    @Inject
    TenantGate gate;

    @Inject
    SecurityIdentity identity;

    @Inject
    SiblingDti siblings;

    /** Each live child of {@code parent} (entered) by code: total in points of 100, rank and how many are ranked. */
    Map<String, ChildFigure> of(String parent, int year) {
        @SuppressWarnings("unchecked")
        List<Object[]> children = em.createNativeQuery("select kind, min(code) from tenant where parent_code = :parent "
                        + "and status = 'ACTIVE' group by kind")
                .setParameter("parent", parent).getResultList();
        Caller caller = Caller.of(identity);
        Map<String, ChildFigure> figures = new HashMap<>();
        try {
            for (Object[] kind : children) {
                gate.enter(caller, (String) kind[1], Access.READ);
                figures.putAll(siblings.ranked(year));
            }
        } finally {
            gate.enter(caller, parent, Access.READ);
        }
        return figures;
    }
}
