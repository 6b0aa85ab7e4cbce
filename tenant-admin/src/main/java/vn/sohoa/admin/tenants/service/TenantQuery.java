package vn.sohoa.admin.tenants.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import vn.sohoa.platform.paging.SearchPattern;
import vn.sohoa.platform.tenancy.domain.Tenant;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;

/**
 * The SQL of a tenant list. Native, because visibility is an {@code ltree} test on the caller's
 * membership paths, and the search compares through the database's {@code search_fold} (lower case,
 * no diacritics), so that Java and SQL never disagree on how Vietnamese is folded.
 *
 * @param visiblePaths the paths of the caller's memberships; null for a province administrator, who sees all
 */
record TenantQuery(TenantFilter filter, List<String> visiblePaths) {

    Query count(EntityManager em) {
        return bind(em.createNativeQuery("select count(*) from tenant t" + where(), Long.class));
    }

    /**
     * The page's tenants, each with whether it has children: an EXISTS probe of the parent index per row of
     * the page, in the same statement, so that a tree never asks again for each node it shows.
     */
    @SuppressWarnings("unchecked")
    List<TenantNode> nodes(EntityManager em, int offset, int limit) {
        NativeQuery<Object[]> query = em.createNativeQuery("select {t.*}, exists (select 1 from tenant c"
                        + " where c.parent_code = t.code) as has_children from tenant t" + where() + " order by t.code")
                .unwrap(NativeQuery.class)
                .addEntity("t", Tenant.class)
                .addScalar("has_children", StandardBasicTypes.BOOLEAN);
        bind(query).setFirstResult(offset).setMaxResults(limit);
        return query.getResultList().stream()
                .map(row -> new TenantNode(TenantSnapshot.of((Tenant) row[0]), (Boolean) row[1])).toList();
    }

    private String where() {
        StringBuilder sql = new StringBuilder();
        if (filter.rootsOnly() && visiblePaths != null) {
            sql.append(" left join tenant p on p.code = t.parent_code");
        }
        sql.append(" where (search_fold(t.code) like search_fold(:pattern) or search_fold(t.name) like search_fold(:pattern))");
        if (filter.parentCode() != null) {
            sql.append(" and t.parent_code = :parent");
        }
        if (visiblePaths != null) {
            sql.append(" and t.path <@ cast(:paths as ltree[])");
        }
        if (filter.rootsOnly()) {
            sql.append(visiblePaths == null ? " and t.parent_code is null"
                    : " and (p.code is null or not p.path <@ cast(:paths as ltree[]))");
        }
        sql.append(" and t.status in (:statuses)");
        return sql.toString();
    }

    private Query bind(Query query) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("pattern", SearchPattern.containing(filter.search()));
        parameters.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        if (filter.parentCode() != null) {
            parameters.put("parent", filter.parentCode());
        }
        if (visiblePaths != null) {
            parameters.put("paths", "{" + String.join(",", visiblePaths) + "}");
        }
        parameters.forEach(query::setParameter);
        return query;
    }
}
