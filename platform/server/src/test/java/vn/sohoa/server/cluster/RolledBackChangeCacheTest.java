package vn.sohoa.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.sohoa.platform.tenancy.domain.MembershipGrant;
import vn.sohoa.platform.tenancy.domain.MembershipsChanged;
import vn.sohoa.platform.tenancy.service.MembershipGrants;
import vn.sohoa.server.support.Fixtures;

/**
 * A read inside the transaction that makes a change sees the change before it is committed, and may cache it.
 * When that transaction rolls back, what it cached is dropped as well.
 */
@QuarkusTest
class RolledBackChangeCacheTest {

    @Inject
    MembershipGrants grants;

    @Inject
    EntityManager em;

    @Inject
    Event<MembershipsChanged> changes;

    @Test
    void a_membership_cached_by_a_transaction_that_rolls_back_is_dropped() {
        String tenant = Fixtures.newTenant();
        String subject = UUID.randomUUID().toString();

        QuarkusTransaction.begin();
        em.createNativeQuery("select set_config('sohoa.tenant_id', :tenant, true)")
                .setParameter("tenant", tenant).getSingleResult();
        em.createNativeQuery("""
                        insert into membership (tenant_id, user_subject, username, role)
                        values (:tenant, :subject, 'thu.nghiem', 'TENANT_ADMIN')""")
                .setParameter("tenant", tenant).setParameter("subject", subject).executeUpdate();
        assertThat(grants.of(subject)).extracting(MembershipGrant::tenantCode).containsExactly(tenant);
        changes.fire(MembershipsChanged.of(subject));
        QuarkusTransaction.rollback();

        assertThat(grants.of(subject)).isEmpty();
    }
}
