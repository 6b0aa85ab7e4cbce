package vn.sohoa.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.infinispan.Cache;
import org.infinispan.configuration.cache.CacheMode;
import org.infinispan.manager.EmbeddedCacheManager;
import org.junit.jupiter.api.Test;
import vn.sohoa.platform.cluster.CacheNames;
import vn.sohoa.platform.cluster.ClusterConfig;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.domain.TenantStatus;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.Fixtures;

/** Tenant look-ups are cached in the clustered Infinispan cache and changes invalidate them on every node. */
@QuarkusTest
class TenantCacheTest {

    @Inject
    EmbeddedCacheManager cacheManager;

    @Inject
    ClusterConfig cluster;

    @Test
    void a_lone_node_runs_the_clustered_configuration_as_a_cluster_of_one() {
        assertThat(cacheManager.getCacheManagerConfiguration().isClustered()).isTrue();
        assertThat(cacheManager.getMembers()).contains(cacheManager.getAddress());
        assertThat(cacheManager.getCache(CacheNames.TENANTS_BY_CODE).getCacheConfiguration().clustering().cacheMode())
                .isEqualTo(CacheMode.INVALIDATION_SYNC);
    }

    @Test
    void a_tenant_read_through_the_api_is_cached_by_code() {
        String code = Fixtures.newTenant();
        Api.as(Api.PROVINCE_ADMIN).get("/api/v1/tenants/{code}", code).then().statusCode(200);
        Object cached = cacheManager.getCache(CacheNames.TENANTS_BY_CODE).get(code);
        assertThat(cached).isInstanceOf(TenantSnapshot.class);
        assertThat(((TenantSnapshot) cached).code()).isEqualTo(code);
    }

    @Test
    void a_change_on_this_node_invalidates_the_entry_on_another_node() throws IOException {
        try (EmbeddedCacheManager secondNode = SecondNode.start(cluster)) {
            assertThat(cacheManager.getMembers()).hasSize(2);
            String code = "C" + UUID.randomUUID().toString().substring(0, 8);
            Cache<String, TenantSnapshot> remote = secondNode.getCache(CacheNames.TENANTS_BY_CODE);
            remote.putForExternalRead(code, new TenantSnapshot(code, "Bản cũ", TenantKind.OTHER, null, "1",
                    TenantStatus.ACTIVE, null, 0));
            assertThat(remote.get(code)).isNotNull();

            Api.as(Api.PROVINCE_ADMIN).body(Map.of("code", code, "name", "Bản mới", "kind", "OTHER"))
                    .post("/api/v1/tenants").then().statusCode(201);

            assertThat(remote.get(code)).isNull();
        }
    }
}
