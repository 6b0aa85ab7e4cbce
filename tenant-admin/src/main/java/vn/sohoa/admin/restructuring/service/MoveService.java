package vn.sohoa.admin.restructuring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.domain.MembershipsChanged;
import vn.sohoa.platform.tenancy.domain.Tenant;
import vn.sohoa.platform.tenancy.domain.TenantChanged;

/** Hangs a tenant, with everything below it, under another parent. */
@ApplicationScoped
public class MoveService {

    @Inject
    RestructuringRules rules;

    @Inject
    ImpactCounts counts;

    @Inject
    TenantMoves moves;

    @Inject
    Event<TenantChanged> changes;

    @Inject
    Event<MembershipsChanged> membershipChanges;

    /**
     * Moves a tenant under {@code newParentCode} as of {@code effectiveDate}. The caller administers
     * both the current and the new parent. With {@code dryRun} nothing is written.
     *
     * @return the tenants that move: the tenant and its whole subtree
     */
    @Transactional
    public Impact move(Caller caller, String code, String newParentCode, LocalDate effectiveDate, boolean dryRun) {
        Tenant tenant = rules.restructurable(caller, code);
        rules.requireAdministers(caller, newParentCode);
        if (newParentCode.equals(tenant.parentCode())) {
            throw ProblemException.invalid("newParentCode", "is already the parent of " + code);
        }
        List<String> subtree = counts.subtreesOf(List.of(code));
        if (subtree.contains(newParentCode)) {
            throw ProblemException.invalid("newParentCode", "lies below " + code + "; a tenant cannot move below itself");
        }
        ImpactCounts.Touched touched = counts.in(subtree);
        Impact impact = new Impact(List.of(), List.of(), subtree, 0, touched.members(), 0, touched.supportRecords());
        if (dryRun) {
            return impact;
        }
        moves.move(code, newParentCode, effectiveDate);
        subtree.forEach(moved -> changes.fire(new TenantChanged(moved)));
        // Memberships hold the path of their tenant, which has just changed for the whole subtree.
        membershipChanges.fire(MembershipsChanged.everyone());
        return impact;
    }
}
