package vn.sohoa.server.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.sohoa.admin.tenants.service.TenantFilter;
import vn.sohoa.admin.tenants.service.TenantNode;
import vn.sohoa.admin.tenants.service.TenantService;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.server.support.Fixtures;
import vn.sohoa.server.support.Statements;

/** The tenant tree and its search read the database in a fixed number of indexed statements. */
@QuarkusTest
class TenantTreeTest {

    static final Caller PROVINCE_ADMIN = new Caller("tree-test", "province.admin", true);

    @Inject
    TenantService tenants;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void a_level_of_the_tree_says_which_tenants_have_children_without_a_query_per_tenant() {
        String province = Fixtures.newTenant();
        List<String> parents = List.of(Fixtures.newTenant(province), Fixtures.newTenant(province),
                Fixtures.newTenant(province));
        List<String> leaves = List.of(Fixtures.newTenant(province), Fixtures.newTenant(province));
        parents.forEach(Fixtures::newTenant);
        TenantFilter below = TenantFilter.of(province, null);
        tenants.nodes(PROVINCE_ADMIN, below, new PageRequest(0, 50)); // fills the registry cache

        List<TenantNode> level = new ArrayList<>();
        long statements = Statements.onThisThread(() ->
                level.addAll(tenants.nodes(PROVINCE_ADMIN, below, new PageRequest(0, 50)).items()));

        assertThat(level).extracting(node -> node.tenant().code(), TenantNode::hasChildren).containsExactlyInAnyOrder(
                tuple(parents.get(0), true), tuple(parents.get(1), true), tuple(parents.get(2), true),
                tuple(leaves.get(0), false), tuple(leaves.get(1), false));
        assertThat(statements).as("the count and the page").isEqualTo(2);
    }

    @Test
    void the_search_without_diacritics_is_served_by_trigram_indexes() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // Whatever the size of the test registry, ask whether an index can serve the search at all.
            statement.execute("set enable_seqscan = off");
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = statement.executeQuery("explain select code from tenant t"
                    + " where search_fold(t.code) like search_fold('%vi thanh%')"
                    + " or search_fold(t.name) like search_fold('%vi thanh%')")) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            } finally {
                statement.execute("reset enable_seqscan");
            }
            assertThat(plan.toString()).contains("tenant_code_fold_trgm").contains("tenant_name_fold_trgm");
        }
    }
}
