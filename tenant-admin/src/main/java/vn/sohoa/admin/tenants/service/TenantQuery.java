package vn.sohoa.admin.tenants.service;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.sohoa.platform.paging.SearchPattern;
import vn.sohoa.platform.tenancy.domain.Tenant;

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

    Query select(EntityManager em) {
        return bind(em.createNativeQuery("select t.* from tenant t" + where() + " order by t.code", Tenant.class));
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
