package vn.sohoa.admin.tenants.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.sohoa.platform.files.ImportLimits;
import vn.sohoa.platform.files.ImportProblems;
import vn.sohoa.platform.problem.Problem.FieldError;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.domain.Tenant;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.service.MembershipGrants;

/** Creates many tenants from a CSV file, all or nothing. */
@ApplicationScoped
public class TenantImportService {

    @Inject
    EntityManager em;

    @Inject
    MembershipGrants grants;

    @Inject
    TenantBatch batch;

    @Inject
    ImportLimits limits;

    /**
     * Checks every line of the file ({@code code,name,kind,parentCode}, UTF-8) and, unless this is a dry
     * run, creates all its tenants in one transaction. A province administrator may import anywhere; anyone
     * else only under tenants they administer (or under rows of the same file placed there). A parent the
     * caller cannot see is reported as unknown. The tenants the file names are looked up in one query, and
     * the caller's memberships once.
     *
     * @return on a dry run, how many tenants the file would create and how many problems it has, with the
     *         first of each ({@link ImportLimits#listed()}); otherwise how many were created
     * @throws ProblemException 422 carrying the first problems by line when any line has one; 413 when the
     *                          file is beyond {@link ImportLimits}; nothing is written
     */
    @Transactional
    public TenantImport importCsv(Caller caller, byte[] file, boolean dryRun) {
        TenantCsv.Content content = TenantCsv.read(file, limits);
        ImportAccess access = new ImportAccess(caller.provinceAdmin(),
                caller.provinceAdmin() ? List.of() : grants.of(caller.subject()));
        ImportPlan plan = new ImportPlan(content, existing(content.rows()), access);
        List<List<ImportRow>> levels = plan.levels();
        List<ImportRow> toCreate = levels.stream().flatMap(List::stream).toList();
        List<FieldError> problems = plan.problems();
        if (dryRun) {
            return new TenantImport(content.records(), toCreate.size(), ImportProblems.listed(toCreate, limits),
                    problems.size(), ImportProblems.listed(problems, limits), 0);
        }
        if (!problems.isEmpty()) {
            throw ImportProblems.refusal(problems, limits);
        }
        int created = batch.provision(levels.stream().map(level -> level.stream().map(ImportRow::draft).toList()).toList());
        return new TenantImport(content.records(), created, List.of(), 0, List.of(), created);
    }

    /** The tenants in the database whose codes the rows use, as codes or as parents. */
    private Map<String, TenantSnapshot> existing(List<ImportRow> rows) {
        String codes = rows.stream().flatMap(row -> Stream.of(row.code(), row.parentCode()))
                .filter(code -> code != null && RowChecks.isCode(code)).distinct()
                .collect(Collectors.joining("\",\"", "{\"", "\"}"));
        @SuppressWarnings("unchecked")
        // A join, not "code = any(:codes)": with thousands of codes the planner scans the table and compares
        // every row with every code.
        List<Tenant> found = em.createNativeQuery("""
                        select t.* from unnest(cast(:codes as varchar[])) as wanted(code)
                        join tenant t on t.code = wanted.code""", Tenant.class)
                .setParameter("codes", codes).getResultList();
        Map<String, TenantSnapshot> existing = new HashMap<>();
        found.forEach(tenant -> existing.put(tenant.code(), TenantSnapshot.of(tenant)));
        return existing;
    }
}
