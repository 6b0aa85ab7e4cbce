package vn.sohoa.admin.restructuring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import vn.sohoa.admin.tenants.service.TenantService;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.domain.MembershipsChanged;
import vn.sohoa.platform.tenancy.domain.Tenant;
import vn.sohoa.platform.tenancy.domain.TenantChanged;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.domain.TenantStatus;
import vn.sohoa.platform.tenancy.service.TenantGate;

/** Merges tenants into a successor (A + B → C, or A → B). */
@ApplicationScoped
public class MergeService {

    @Inject
    EntityManager em;

    @Inject
    RestructuringRules rules;

    @Inject
    TenantService tenants;

    @Inject
    SubUnitTransfer subUnits;

    @Inject
    MemberOffers offers;

    @Inject
    LineageRecords lineage;

    @Inject
    ImpactCounts counts;

    @Inject
    TenantMoves moves;

    @Inject
    Event<TenantChanged> changes;

    @Inject
    Event<MembershipsChanged> membershipChanges;

    /**
     * Merges {@code sourceCodes} into the target as of {@code effectiveDate}, all or nothing: the
     * sources end as MERGED with the target as successor, their live child tenants move under the
     * target (each move recorded with the merge's date), their sub-units are copied to it, and their
     * people are offered to it. Records written in the sources stay there and reach the target's
     * roll-ups through the lineage. With {@code dryRun} nothing is written and the impact is only computed.
     */
    @Transactional
    public Impact merge(Caller caller, List<String> sourceCodes, MergeTarget target, LocalDate effectiveDate,
                        boolean dryRun) {
        if (new HashSet<>(sourceCodes).size() != sourceCodes.size()) {
            throw ProblemException.invalid("sourceCodes", "lists a tenant twice");
        }
        if (sourceCodes.contains(target.code())) {
            throw ProblemException.invalid("target", "cannot also be one of the sources");
        }
        List<Tenant> sources = sourceCodes.stream().map(code -> rules.restructurable(caller, code)).toList();
        if (target.existingCode() != null) {
            Tenant existing = rules.restructurable(caller, target.existingCode());
            if (existing.status() != TenantStatus.ACTIVE) {
                throw TenantGate.notActive(TenantSnapshot.of(existing));
            }
        } else {
            rules.requireAdministers(caller, target.newTenant().parentCode());
            if (em.find(Tenant.class, target.code()) != null) {
                throw ProblemException.duplicate("code", "Tenant code " + target.code() + " is already taken.");
            }
        }
        refuseTargetBelowASource(target, sourceCodes);
        List<String> children = liveChildren(sourceCodes);
        List<String> moved = counts.subtreesOf(children);
        List<String> endedOrMoved = new ArrayList<>(sourceCodes);
        endedOrMoved.addAll(moved);
        ImpactCounts.Touched touched = counts.in(endedOrMoved);
        int units = sources.stream().mapToInt(source -> subUnits.of(source.code()).size()).sum();
        Impact impact = new Impact(target.existingCode() == null ? List.of(target.code()) : List.of(),
                sourceCodes, moved, units, touched.members(),
                offers.between(sourceCodes, target.code()).size(), touched.supportRecords());
        if (dryRun) {
            return impact;
        }
        if (target.existingCode() == null) {
            tenants.provision(target.newTenant());
        }
        children.forEach(child -> moves.move(child, target.code(), effectiveDate));
        for (Tenant source : sources) {
            subUnits.copy(source.code(), subUnits.of(source.code()), target.code());
            lineage.link(source.code(), target.code(), "MERGE", effectiveDate);
            lineage.end(source, effectiveDate, TenantStatus.MERGED, "Merged into " + target.code());
        }
        em.flush();
        if (!children.isEmpty()) {
            moved.forEach(code -> changes.fire(new TenantChanged(code)));
            // Memberships hold the path of their tenant, which has just changed for the subtrees moved in.
            membershipChanges.fire(MembershipsChanged.everyone());
        }
        return impact;
    }

    /**
     * A successor (or the parent of a new one) inside a source's subtree would end up below a tenant that
     * ends, or below itself once the source's children move under it.
     */
    private void refuseTargetBelowASource(MergeTarget target, List<String> sourceCodes) {
        String placed = target.existingCode() != null ? target.existingCode() : target.newTenant().parentCode();
        if (placed == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<String> above = em.createNativeQuery("""
                        select s.code from tenant s join tenant t on t.code = :placed
                        where t.path <@ s.path and s.code in (:sources) order by s.code""")
                .setParameter("placed", placed).setParameter("sources", sourceCodes).getResultList();
        if (!above.isEmpty()) {
            throw ProblemException.invalid("target", "lies below " + String.join(", ", above)
                    + ", which this merge ends; choose a successor outside the tenants being merged");
        }
    }

    private List<String> liveChildren(List<String> parents) {
        @SuppressWarnings("unchecked")
        List<String> children = em.createNativeQuery("""
                        select code from tenant where parent_code in (:parents)
                        and status not in ('MERGED', 'ARCHIVED') order by code""")
                .setParameter("parents", parents).getResultList();
        return new ArrayList<>(children);
    }
}
