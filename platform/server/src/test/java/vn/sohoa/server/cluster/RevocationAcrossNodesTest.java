package vn.sohoa.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.infinispan.manager.EmbeddedCacheManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.platform.cluster.CacheNames;
import vn.sohoa.platform.cluster.ClusterConfig;
import vn.sohoa.platform.cluster.ReadThroughCache;
import vn.sohoa.platform.monitoring.service.Dashboards;
import vn.sohoa.platform.tenancy.domain.MembershipGrant;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.domain.TenantStatus;
import vn.sohoa.platform.tenancy.service.MembershipGrants;
import vn.sohoa.platform.tenancy.service.TenantDirectory;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.TenantSql;

/**
 * Two replicas share the database: the running application is node A; node B is a second cache manager in
 * the same cluster with its own tenant directory and membership grants over the same database. A right revoked
 * through node A's API is refused by node B as soon as the request returns, also when node B was reading it
 * at that moment. The reads under way on node B are driven step by step: the change is made from inside the
 * read, after it read the database and before it stores what it read.
 */
@QuarkusTest
class RevocationAcrossNodesTest {

    @Inject
    ClusterConfig cluster;

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MembershipGrants grants;

    @Inject
    TenantDirectory directory;

    EmbeddedCacheManager nodeB;
    String tenant;

    @BeforeEach
    void a_second_node_and_a_tenant_with_an_administrator() {
        nodeB = SecondNode.start(cluster);
        tenant = Fixtures.newTenant();
        Fixtures.addMember(tenant, Api.ADMIN_A, "TENANT_ADMIN");
    }

    @AfterEach
    void stop_the_second_node() throws IOException {
        nodeB.close();
    }

    @Test
    void a_removed_membership_is_refused_at_once_on_the_other_node() throws SQLException {
        MembershipGrants grantsOnB = new MembershipGrants(em, nodeB);
        TenantDirectory directoryOnB = new TenantDirectory(em, nodeB);
        String subject = subjectOf(Api.ADMIN_A);
        assertThat(coversTenant(grantsOnB, directoryOnB, subject)).isTrue();
        assertThat(nodeB.getCache(CacheNames.GRANTS_BY_SUBJECT).get(subject)).isNotNull();

        removeAdministrator();

        assertThat(coversTenant(grantsOnB, directoryOnB, subject)).isFalse();
    }

    @Test
    void a_suspended_tenant_refuses_writes_at_once_on_the_other_node() {
        TenantDirectory directoryOnB = new TenantDirectory(em, nodeB);
        assertThat(directoryOnB.find(tenant)).map(TenantSnapshot::status).contains(TenantStatus.ACTIVE);
        assertThat(nodeB.getCache(CacheNames.TENANTS_BY_CODE).get(tenant)).isNotNull();

        suspend();

        assertThat(directoryOnB.find(tenant)).map(TenantSnapshot::status).contains(TenantStatus.SUSPENDED);
    }

    @Test
    void a_membership_removed_while_the_other_node_reads_it_is_not_stored_there() throws SQLException {
        String subject = subjectOf(Api.ADMIN_A);
        List<MembershipGrant> readBeforeTheRemoval = grants.of(subject);
        ReadThroughCache<List<MembershipGrant>> grantsOnB =
                new ReadThroughCache<>(nodeB.getCache(CacheNames.GRANTS_BY_SUBJECT));

        List<MembershipGrant> read = grantsOnB.get(subject, key -> {
            removeAdministrator();
            return readBeforeTheRemoval;
        });

        assertThat(read).extracting(MembershipGrant::tenantCode).contains(tenant);
        assertThat(nodeB.getCache(CacheNames.GRANTS_BY_SUBJECT).get(subject)).isNull();
        assertThat(coversTenant(new MembershipGrants(em, nodeB), new TenantDirectory(em, nodeB), subject)).isFalse();
    }

    @Test
    void a_tenant_suspended_while_the_other_node_reads_it_is_not_stored_there() {
        TenantSnapshot readBeforeTheSuspension = directory.find(tenant).orElseThrow();
        ReadThroughCache<TenantSnapshot> tenantsOnB = new ReadThroughCache<>(nodeB.getCache(CacheNames.TENANTS_BY_CODE));

        tenantsOnB.get(tenant, key -> {
            suspend();
            return readBeforeTheSuspension;
        });

        assertThat(nodeB.getCache(CacheNames.TENANTS_BY_CODE).get(tenant)).isNull();
        assertThat(new TenantDirectory(em, nodeB).find(tenant)).map(TenantSnapshot::status)
                .contains(TenantStatus.SUSPENDED);
    }

    @Test
    void a_move_while_the_other_node_reads_memberships_drops_them_all_there() throws SQLException {
        String district = Fixtures.newTenant(tenant);
        String otherDistrict = Fixtures.newTenant(tenant);
        String commune = Fixtures.newTenant(district);
        Fixtures.addMember(district, Api.VIEWER, "VIEWER");
        String viewer = subjectOf(district, Api.VIEWER);
        String admin = subjectOf(Api.ADMIN_A);
        List<MembershipGrant> readBeforeTheMove = grants.of(viewer);
        ReadThroughCache<List<MembershipGrant>> grantsOnB =
                new ReadThroughCache<>(nodeB.getCache(CacheNames.GRANTS_BY_SUBJECT));
        grantsOnB.get(admin, grants::of);
        assertThat(nodeB.getCache(CacheNames.GRANTS_BY_SUBJECT).get(admin)).isNotNull();

        grantsOnB.get(viewer, key -> {
            Api.as(Api.ADMIN_A).body(Map.of("newParentCode", otherDistrict, "effectiveDate", "2025-07-01"))
                    .post("/api/v1/tenants/{code}/move", commune).then().statusCode(200);
            return readBeforeTheMove;
        });

        assertThat(nodeB.getCache(CacheNames.GRANTS_BY_SUBJECT).get(viewer)).isNull();
        assertThat(nodeB.getCache(CacheNames.GRANTS_BY_SUBJECT).get(admin)).isNull();
    }

    @Test
    void an_invalidation_on_the_same_node_during_a_read_leaves_no_stale_entry() {
        TenantSnapshot read = directory.find(tenant).orElseThrow();
        ReadThroughCache<TenantSnapshot> tenantsOnB = new ReadThroughCache<>(nodeB.getCache(CacheNames.TENANTS_BY_CODE));

        tenantsOnB.get(tenant, key -> {
            tenantsOnB.invalidate(key);
            return read;
        });
        tenantsOnB.get("other", key -> {
            tenantsOnB.invalidateAll();
            return read;
        });

        assertThat(nodeB.getCache(CacheNames.TENANTS_BY_CODE).keySet()).isEmpty();
        assertThat(tenantsOnB.get(tenant, key -> read)).isSameAs(read);
        assertThat(nodeB.getCache(CacheNames.TENANTS_BY_CODE).get(tenant)).isSameAs(read);
    }

    @Test
    void a_record_logged_through_node_a_drops_the_tenants_cached_figures_on_node_b() {
        Fixtures.addUnit(tenant, "AP1"); // a new sub-unit drops every dashboard: before node B caches any
        String id = Dashboards.group(directory.find(tenant).orElseThrow().path());
        ReadThroughCache<Object> figuresOnB = new ReadThroughCache<>(nodeB.getCache(CacheNames.DASHBOARD_FIGURES));
        String figures = ReadThroughCache.group(id, "dashboard of the tenant");
        String elsewhere = ReadThroughCache.group("0" + id, "dashboard of a tenant elsewhere");
        figuresOnB.get(figures, key -> "figures before the record");
        figuresOnB.get(elsewhere, key -> "figures elsewhere");

        Fixtures.logSupport(tenant, "AP1", "VNEID");

        assertThat(nodeB.getCache(CacheNames.DASHBOARD_FIGURES).containsKey(figures)).isFalse();
        assertThat(nodeB.getCache(CacheNames.DASHBOARD_FIGURES).containsKey(elsewhere)).isTrue();
    }

    /** Whether node B's grants reach the tenant as node B's directory knows it: what its gate lets in. */
    private boolean coversTenant(MembershipGrants grantsOnB, TenantDirectory directoryOnB, String subject) {
        return QuarkusTransaction.requiringNew().call(() -> {
            TenantSnapshot known = directoryOnB.find(tenant).orElseThrow();
            return grantsOnB.of(subject).stream().anyMatch(grant -> grant.covers(known));
        });
    }

    private void removeAdministrator() {
        Api.as(Api.PROVINCE_ADMIN).delete("/api/v1/tenants/{code}/members/{user}", tenant, Api.ADMIN_A)
                .then().statusCode(204);
    }

    private void suspend() {
        Api.as(Api.PROVINCE_ADMIN).body(Map.of("reason", "Chờ sáp nhập"))
                .post("/api/v1/tenants/{code}/suspend", tenant).then().statusCode(200);
    }

    private String subjectOf(String username) throws SQLException {
        return subjectOf(tenant, username);
    }

    private String subjectOf(String tenantCode, String username) throws SQLException {
        return TenantSql.strings(dataSource, tenantCode, "select user_subject from membership where username = ?",
                username).getFirst();
    }
}
