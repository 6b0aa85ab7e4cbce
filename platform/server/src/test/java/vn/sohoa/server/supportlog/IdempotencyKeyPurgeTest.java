package vn.sohoa.server.supportlog;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.sohoa.platform.idempotency.IdempotencyKeyPurge;
import vn.sohoa.server.support.Api;
import vn.sohoa.server.support.TenantSql;

/**
 * Idempotency keys are remembered for the retention (48 hours here), never less than 24 hours, and then
 * purged in every tenant. The schedule is off in tests; they call the purge themselves.
 */
@QuarkusTest
class IdempotencyKeyPurgeTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IdempotencyKeyPurge purge;

    String tenantA;
    String tenantB;

    @BeforeEach
    void two_communes_with_a_team_member_each() {
        tenantA = SupportLogs.communeWithTeamMember();
        tenantB = SupportLogs.communeWithTeamMember();
    }

    @Test
    void keys_older_than_the_retention_are_purged_in_every_tenant_and_fresh_ones_stay() throws SQLException {
        logWithKey(tenantA, "old");
        logWithKey(tenantA, "fresh");
        logWithKey(tenantB, "old");
        age(tenantA, "old", "3 days");
        age(tenantA, "fresh", "47 hours");
        age(tenantB, "old", "49 hours");

        assertThat(purge.purge()).isGreaterThanOrEqualTo(2);

        assertThat(keys(tenantA)).containsExactly("fresh");
        assertThat(keys(tenantB)).isEmpty();
        // Forgotten: the same key now logs a new record, where before it would have answered with the first.
        var body = SupportLogs.record();
        Api.as(Api.MEMBER).header("Idempotency-Key", "old").body(body).post(SupportLogs.LOGS, tenantA).then()
                .statusCode(201).header("Idempotent-Replayed", "false");
        assertThat(SupportLogs.total(tenantA)).isEqualTo(3);
    }

    @Test
    void no_retention_purges_a_key_younger_than_24_hours() throws SQLException {
        logWithKey(tenantA, "recent");
        age(tenantA, "recent", "23 hours");
        TenantSql.strings(dataSource, tenantA, "select purge_idempotency_keys(interval '1 minute')");
        assertThat(keys(tenantA)).containsExactly("recent");
    }

    private void logWithKey(String tenant, String key) {
        Api.as(Api.MEMBER).header("Idempotency-Key", key).body(SupportLogs.record()).post(SupportLogs.LOGS, tenant)
                .then().statusCode(201);
    }

    /** Moves a key's creation back, as if it had been used that long ago. */
    private void age(String tenant, String key, String interval) throws SQLException {
        assertThat(TenantSql.update(dataSource, tenant, "update idempotency_key set created_at = now() - "
                + "cast(? as interval) where idem_key = ?", interval, key)).isEqualTo(1);
    }

    private List<String> keys(String tenant) throws SQLException {
        return TenantSql.strings(dataSource, tenant, "select idem_key from idempotency_key order by idem_key");
    }
}
