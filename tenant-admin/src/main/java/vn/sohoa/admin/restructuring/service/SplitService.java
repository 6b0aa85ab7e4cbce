package vn.sohoa.admin.restructuring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.sohoa.admin.restructuring.service.SubUnitTransfer.SubUnitRow;
import vn.sohoa.admin.tenants.service.TenantDraft;
import vn.sohoa.admin.tenants.service.TenantService;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.domain.Tenant;
import vn.sohoa.platform.tenancy.domain.TenantStatus;

/** Splits one tenant into parts, each taking over some of its sub-units. */
@ApplicationScoped
public class SplitService {

    @Inject
    EntityManager em;

    @Inject
    RestructuringRules rules;

    @Inject
    TenantService tenants;

    @Inject
    SubUnitTransfer subUnits;

    @Inject
    LineageRecords lineage;

    @Inject
    ImpactCounts counts;

    /**
     * Splits the source as of {@code effectiveDate}, all or nothing: every sub-unit of the source goes
     * to exactly one part (a copy; the original stays with the source's history), the parts are new
     * tenants of the same kind under the same parent, and the source ends as ARCHIVED with the parts
     * as successors. The source's child tenants must have been moved first. With {@code dryRun}
     * nothing is written.
     */
    @Transactional
    public Impact split(Caller caller, String sourceCode, List<SplitPart> parts, LocalDate effectiveDate,
                        boolean dryRun) {
        Tenant source = rules.restructurable(caller, sourceCode);
        checkParts(parts);
        Map<String, SubUnitRow> units = subUnits.of(sourceCode).stream()
                .collect(Collectors.toMap(SubUnitRow::code, Function.identity()));
        checkEveryUnitGoesOnce(parts, units.keySet());
        long children = ((Number) em.createNativeQuery(
                        "select count(*) from tenant where parent_code = :code and status not in ('MERGED', 'ARCHIVED')")
                .setParameter("code", sourceCode).getSingleResult()).longValue();
        if (children > 0) {
            throw ProblemException.conflict(sourceCode + " still has " + children
                    + " child tenants; move them to their new parents before splitting it.");
        }
        ImpactCounts.Touched touched = counts.in(List.of(sourceCode));
        Impact impact = new Impact(parts.stream().map(SplitPart::code).toList(), List.of(sourceCode), List.of(),
                units.size(), touched.members(), 0, touched.supportRecords());
        if (dryRun) {
            return impact;
        }
        for (SplitPart part : parts) {
            tenants.provision(new TenantDraft(part.code(), part.name(), source.kind(), source.parentCode()));
            subUnits.copy(sourceCode, part.unitCodes().stream().map(units::get).toList(), part.code());
            lineage.link(sourceCode, part.code(), "SPLIT", effectiveDate);
        }
        lineage.end(source, effectiveDate, TenantStatus.ARCHIVED, "Split into "
                + parts.stream().map(SplitPart::code).collect(Collectors.joining(", ")));
        em.flush();
        return impact;
    }

    private void checkParts(List<SplitPart> parts) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            String code = parts.get(i).code();
            if (!codes.add(code)) {
                throw ProblemException.invalid("parts[" + i + "].code", "is used by another part");
            }
            if (em.find(Tenant.class, code) != null) {
                throw ProblemException.duplicate("code", "Tenant code " + code + " is already taken.");
            }
        }
    }

    private static void checkEveryUnitGoesOnce(List<SplitPart> parts, Set<String> unitCodes) {
        Set<String> assigned = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            for (String unit : parts.get(i).unitCodes()) {
                if (!unitCodes.contains(unit)) {
                    throw ProblemException.invalid("parts[" + i + "].unitCodes", unit + " is not a sub-unit of the source");
                }
                if (!assigned.add(unit)) {
                    throw ProblemException.invalid("parts[" + i + "].unitCodes", unit + " is given to two parts");
                }
            }
        }
        Set<String> left = new HashSet<>(unitCodes);
        left.removeAll(assigned);
        if (!left.isEmpty()) {
            throw ProblemException.invalid("parts", "leave sub-units without a new tenant: "
                    + left.stream().sorted().collect(Collectors.joining(", ")));
        }
    }
}
