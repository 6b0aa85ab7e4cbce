package vn.sohoa.admin.tenants.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.Session;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.tenancy.domain.TenantsChanged;

/**
 * Creates many tenants in few statements, for imports. Per-tenant inserts through Hibernate cost a round
 * trip each and cannot be batched (the database assigns the id and the path, which Hibernate would read
 * back row by row); here one statement inserts a whole level.
 */
@ApplicationScoped
public class TenantBatch {

    private static final String INSERT = """
            insert into tenant (code, name, kind, parent_code, valid_from)
            select *, ?::date from unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[])""";

    @Inject
    EntityManager em;

    @Inject
    Event<TenantsChanged> changes;

    @Inject
    Clock clock;

    /**
     * Creates the tenants without checking who asks; the caller has checked the whole batch. Each level's
     * parents must already exist or be in an earlier level, because the database derives a tenant's path
     * from its parent's row as it inserts it. Caches hear of the whole batch in one {@link TenantsChanged}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int provision(List<List<TenantDraft>> levels) {
        // The day comes from Vietnam's calendar, not from the column's default, which is the day in the
        // database session's zone.
        LocalDate today = VietnamCalendar.today(clock);
        int created = em.unwrap(Session.class).doReturningWork(connection -> {
            int count = 0;
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (List<TenantDraft> level : levels) {
                    insert.setObject(1, today);
                    insert.setArray(2, array(connection, level.stream().map(TenantDraft::code)));
                    insert.setArray(3, array(connection, level.stream().map(TenantDraft::name)));
                    insert.setArray(4, array(connection, level.stream().map(draft -> draft.kind().name())));
                    insert.setArray(5, array(connection, level.stream().map(TenantDraft::parentCode)));
                    count += insert.executeUpdate();
                }
            }
            return count;
        });
        changes.fire(new TenantsChanged(levels.stream().flatMap(List::stream).map(TenantDraft::code).collect(Collectors.toSet())));
        return created;
    }

    private static Array array(Connection connection, Stream<String> values) throws SQLException {
        return connection.createArrayOf("varchar", values.toArray());
    }
}
