package vn.sohoa.admin.restructuring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.service.TenantSwitch;

/**
 * Copies sub-units from a tenant that ends to its successors, inside the restructuring's transaction.
 * The originals stay with the ended tenant, so the records written there keep their place.
 */
@ApplicationScoped
public class SubUnitTransfer {

    /** A sub-unit as copied. */
    record SubUnitRow(String code, String name, String type, Integer households, Integer population) {}

    @Inject
    EntityManager em;

    @Inject
    TenantSwitch tenants;

    /** The sub-units of a tenant, by code. */
    List<SubUnitRow> of(String tenantCode) {
        em.flush();
        return tenants.inTenant(tenantCode, () -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery(
                    "select code, name, type, households, population from unit order by code").getResultList();
            return rows.stream().map(r -> new SubUnitRow((String) r[0], (String) r[1], (String) r[2],
                    (Integer) r[3], (Integer) r[4])).toList();
        });
    }

    /**
     * Copies the sub-units into {@code targetCode}. A code the target already uses gets the source's
     * code as a prefix ({@code 31321-AP1}); 409 when even that clashes or grows too long.
     *
     * @return how many sub-units were copied
     */
    int copy(String sourceCode, List<SubUnitRow> units, String targetCode) {
        em.flush();
        return tenants.inTenant(targetCode, () -> {
            @SuppressWarnings("unchecked")
            Set<String> taken = new HashSet<>(em.createNativeQuery("select code from unit").getResultList());
            for (SubUnitRow unit : units) {
                String code = taken.contains(unit.code()) ? sourceCode + "-" + unit.code() : unit.code();
                if (taken.contains(code) || code.length() > 32) {
                    throw ProblemException.conflict("Sub-unit " + unit.code() + " of " + sourceCode
                            + " clashes with one of " + targetCode + "; rename it before restructuring.");
                }
                em.createNativeQuery("""
                                insert into unit (tenant_id, code, name, type, households, population)
                                values (:tenant, :code, :name, :type, :households, :population)""")
                        .setParameter("tenant", targetCode).setParameter("code", code)
                        .setParameter("name", unit.name()).setParameter("type", unit.type())
                        .setParameter("households", unit.households()).setParameter("population", unit.population())
                        .executeUpdate();
                taken.add(code);
            }
            return units.size();
        });
    }
}
