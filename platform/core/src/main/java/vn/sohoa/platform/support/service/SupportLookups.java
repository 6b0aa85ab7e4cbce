package vn.sohoa.platform.support.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.sohoa.platform.support.domain.SupportFacts;
import vn.sohoa.platform.teams.domain.TeamMember;
import vn.sohoa.platform.teams.service.TeamMemberService;
import vn.sohoa.platform.teams.service.TeamService;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * Looks up the names support records use, in the current tenant. Plain SQL where Hibernate would
 * translate a query anew at each execution while the tenant filter is on; the tenant predicates repeat
 * what row-level security enforces.
 */
@ApplicationScoped
class SupportLookups {

    @Inject
    EntityManager em;

    @Inject
    TenantGate gate;

    @Inject
    TeamService teams;

    @Inject
    TeamMemberService members;

    /**
     * The names one record uses: its sub-unit and category in one round trip, on the path of every record
     * logged; its team and member only when it names them.
     */
    SupportNames ofRecord(SupportFacts facts) {
        Object[] named = (Object[]) em.createNativeQuery("""
                        select exists (select 1 from unit where tenant_id = :tenant and code = :unit),
                               (select active from support_category where code = :category
                                   and (tenant_id is null or tenant_id = :tenant) limit 1)""")
                .setParameter("tenant", tenant())
                .setParameter("unit", facts.unitCode()).setParameter("category", facts.categoryCode())
                .getSingleResult();
        return ofOneRecord((Boolean) named[0], (Boolean) named[1]);
    }

    /**
     * The names of a record whose sub-unit and category the insert checks itself ({@link SupportLogInsert}):
     * those two are taken to hold; its team and member are looked up when it names them.
     */
    SupportNames assumingNamesHold() {
        return ofOneRecord(true, true);
    }

    private SupportNames ofOneRecord(boolean hasUnit, Boolean categoryActive) {
        return new SupportNames() {
            @Override
            public boolean hasUnit(String code) {
                return hasUnit;
            }

            @Override
            public Boolean categoryActive(String code) {
                return categoryActive;
            }

            @Override
            public boolean hasTeam(long id) {
                return teams.find(id).isPresent();
            }

            @Override
            public Optional<TeamMember> member(long id) {
                return members.find(id);
            }
        };
    }

    /**
     * Every name of the tenant, loaded once for the records of a whole file: four queries, however long
     * the file. A tenant has tens of sub-units, teams and members, so they fit in memory many times over.
     */
    SupportNames ofTenant() {
        String tenant = tenant();
        @SuppressWarnings("unchecked")
        Set<String> units = new HashSet<>(em.createNativeQuery("select code from unit where tenant_id = :tenant")
                .setParameter("tenant", tenant).getResultList());
        Map<String, Boolean> categories = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select code, active from support_category where tenant_id is null or tenant_id = :tenant""")
                .setParameter("tenant", tenant).getResultList();
        rows.forEach(row -> categories.putIfAbsent((String) row[0], (Boolean) row[1]));
        @SuppressWarnings("unchecked")
        Set<Long> teamIds = ((List<Number>) em.createNativeQuery("select id from team where tenant_id = :tenant")
                .setParameter("tenant", tenant).getResultList()).stream().map(Number::longValue)
                .collect(Collectors.toSet());
        Map<Long, TeamMember> byId = em.createQuery("from TeamMember", TeamMember.class).getResultStream()
                .collect(Collectors.toMap(TeamMember::id, Function.identity()));
        return new SupportNames() {
            @Override
            public boolean hasUnit(String code) {
                return units.contains(code);
            }

            @Override
            public Boolean categoryActive(String code) {
                return categories.get(code);
            }

            @Override
            public boolean hasTeam(long id) {
                return teamIds.contains(id);
            }

            @Override
            public Optional<TeamMember> member(long id) {
                return Optional.ofNullable(byId.get(id));
            }
        };
    }

    private String tenant() {
        return gate.here().code();
    }
}
