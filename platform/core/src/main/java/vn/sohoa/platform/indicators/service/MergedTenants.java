package vn.sohoa.platform.indicators.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which of some tenants ended by merging, into whom and since when, from the registry and its lineage (both
 * read by every tenant), for listing a predecessor's approved figures under its successor.
 */
@ApplicationScoped
class MergedTenants {

    /** A tenant merged into another on {@code since}. */
    record Merged(String code, String name, LocalDate since) {}

    @Inject
    EntityManager em;

    /** The merged ones among {@code codes}, by the code of the tenant each merged into, in order of code. */
    Map<String, List<Merged>> of(Set<String> codes) {
        Map<String, List<Merged>> bySuccessor = new HashMap<>();
        if (codes.isEmpty()) {
            return bySuccessor;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select l.successor_code, t.code, t.name, l.effective_date "
                        + "from tenant t join tenant_lineage l on l.predecessor_code = t.code and l.kind = 'MERGE' "
                        + "where t.code = any (cast(:codes as varchar[])) order by t.code")
                .setParameter("codes", codes.toArray(String[]::new)).getResultList();
        for (Object[] row : rows) {
            bySuccessor.computeIfAbsent((String) row[0], successor -> new ArrayList<>())
                    .add(new Merged((String) row[1], (String) row[2], toDay(row[3])));
        }
        return bySuccessor;
    }

    /** The tenant's name from the registry. */
    String name(String code) {
        return (String) em.createNativeQuery("select name from tenant where code = :code").setParameter("code", code)
                .getSingleResult();
    }

    private static LocalDate toDay(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
