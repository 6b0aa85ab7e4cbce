package vn.sohoa.admin.restructuring.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/** Reads the lineage of a tenant. */
@ApplicationScoped
public class LineageService {

    private static final String LINKS = """
            select other.code, other.name, l.kind, l.effective_date
            from tenant_lineage l join tenant other on other.code = l.%s
            where l.%s = :code order by l.effective_date, other.code""";

    @Inject
    EntityManager em;

    /** The predecessors, successors and moves of the tenant with this code, oldest first. */
    @Transactional
    public Lineage of(String code) {
        List<LineageLink> predecessors = links(LINKS.formatted("predecessor_code", "successor_code"), code);
        List<LineageLink> successors = links(LINKS.formatted("successor_code", "predecessor_code"), code);
        @SuppressWarnings("unchecked")
        List<Object[]> moves = em.createNativeQuery("""
                        select from_parent_code, to_parent_code, effective_date from tenant_move
                        where tenant_code = :code order by effective_date, id""")
                .setParameter("code", code).getResultList();
        return new Lineage(code, predecessors, successors, moves.stream()
                .map(row -> new ParentChange((String) row[0], (String) row[1], date(row[2]))).toList());
    }

    private List<LineageLink> links(String sql, String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter("code", code).getResultList();
        return rows.stream()
                .map(row -> new LineageLink((String) row[0], (String) row[1], (String) row[2], date(row[3])))
                .toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
