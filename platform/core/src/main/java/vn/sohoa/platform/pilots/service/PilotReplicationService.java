package vn.sohoa.platform.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.sohoa.platform.pilots.domain.Pilot;
import vn.sohoa.platform.pilots.domain.PilotAction;
import vn.sohoa.platform.pilots.domain.PilotStatus;
import vn.sohoa.platform.pilots.domain.PilotTransition;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.domain.TenantStatus;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * Replication (nhân rộng) of a recognised pilot to tenants the caller governs, and the list of a pilot's
 * replicas. The copies are written by the database function {@code replicate_pilot} in two set-based
 * statements, whatever the number of targets.
 */
@ApplicationScoped
public class PilotReplicationService {

    @Inject
    EntityManager em;

    @Inject
    PilotService pilots;

    @Inject
    PilotLifeCycle lifeCycle;

    @Inject
    TenantGate gate;

    /**
     * Replicates a pilot of the entered tenant: each target gets its own APPROVED pilot citing the decision,
     * with the source's KPIs (with their targets), rubric and bands, linked to the source; the source becomes
     * REPLICATING. A target that already has a replica keeps it.
     *
     * @throws ProblemException 409 when the pilot is not recognised or not EVALUATED/REPLICATING; 400 when the
     *                          request names both or neither of {@code targets} and {@code kind}+{@code under},
     *                          names the source's own tenant, or finds no tenant; 404/403 for a target or
     *                          {@code under} the caller does not govern
     */
    @Transactional
    public Replication replicate(long pilotId, ReplicationRequest request, Caller caller) {
        Pilot pilot = pilots.existing(pilotId);
        if (!pilot.recognised()) {
            throw ProblemException.conflict("Pilot " + pilotId + " is not recognised; only a recognised pilot is replicated.");
        }
        List<String> targets = targets(pilot, request, caller);
        PilotTransition step = lifeCycle.take(pilot, PilotAction.REPLICATE, request.comment() == null
                || request.comment().isBlank() ? null : request.comment().strip(), request.decisionNumber().strip(),
                request.decisionDate(), request.effectiveOn(), caller);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select r.tenant_code, t.name, r.pilot_id from replicate_pilot(:source,
                            string_to_array(:targets, ',')::varchar[], :decision, :decided, :at, :effective) r
                        join tenant t on t.code = r.tenant_code order by t.name, r.tenant_code""")
                .setParameter("source", pilotId).setParameter("targets", String.join(",", targets))
                .setParameter("decision", request.decisionNumber().strip())
                .setParameter("decided", request.decisionDate())
                .setParameter("at", OffsetDateTime.ofInstant(step.occurredAt(), ZoneOffset.UTC))
                .setParameter("effective", step.effectiveOn())
                .getResultList();
        List<Replica> created = rows.stream().map(row -> new Replica((String) row[0], (String) row[1],
                ((Number) row[2]).longValue(), PilotStatus.APPROVED, 0, pilot.design().kpis().size())).toList();
        return new Replication(created, targets.size() - created.size());
    }

    /** The replicas of a pilot of the entered tenant, wherever they run, by tenant name. */
    @Transactional
    public List<Replica> replicas(long pilotId) {
        pilots.existing(pilotId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select * from pilot_replicas(:source)")
                .setParameter("source", pilotId).getResultList();
        return rows.stream().map(row -> new Replica((String) row[0], (String) row[1], ((Number) row[2]).longValue(),
                PilotStatus.valueOf((String) row[3]), ((Number) row[4]).intValue(), ((Number) row[5]).intValue()))
                .toList();
    }

    private List<String> targets(Pilot pilot, ReplicationRequest request, Caller caller) {
        boolean chosen = request.targets() != null && !request.targets().isEmpty();
        boolean byKind = request.kind() != null || request.under() != null;
        if (chosen == byKind) {
            throw ProblemException.invalid("targets", "send either targets, or kind and under");
        }
        if (chosen) {
            Set<String> codes = new LinkedHashSet<>(request.targets());
            if (codes.contains(pilot.tenantCode())) {
                throw ProblemException.invalid("targets", "must not name the source pilot's own tenant");
            }
            for (String code : codes) {
                // Governing a tenant is a read of it; a replica is a write into it, which only a live tenant takes.
                TenantSnapshot target = gate.check(caller, code, Access.GOVERN);
                if (target.status() != TenantStatus.ACTIVE) {
                    throw TenantGate.notActive(target);
                }
            }
            return List.copyOf(codes);
        }
        if (request.kind() == null || request.under() == null) {
            throw ProblemException.invalid(request.kind() == null ? "kind" : "under", "is required with "
                    + (request.kind() == null ? "under" : "kind"));
        }
        TenantSnapshot under = gate.check(caller, request.under(), Access.ADMINISTER);
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("""
                        select t.code from tenant t where t.path <@ cast(:path as ltree) and t.code <> :under
                          and t.kind = :kind and t.status = 'ACTIVE' and t.code <> :source order by t.code""")
                .setParameter("path", under.path()).setParameter("under", under.code())
                .setParameter("kind", request.kind().name()).setParameter("source", pilot.tenantCode())
                .getResultList();
        if (codes.isEmpty()) {
            throw ProblemException.invalid("kind", "no active tenant of kind " + request.kind() + " lies below "
                    + under.code());
        }
        return codes;
    }
}
