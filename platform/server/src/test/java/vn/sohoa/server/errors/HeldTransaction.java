package vn.sohoa.server.errors;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * A transaction of another client, held open inside one tenant as the application role: what it writes is
 * invisible to a request's checks until it commits, and the request's own write waits for it. That is the
 * moment two requests race, made reproducible.
 */
final class HeldTransaction implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final AgroalDataSource dataSource;
    private final Connection connection;

    private HeldTransaction(AgroalDataSource dataSource, Connection connection) {
        this.dataSource = dataSource;
        this.connection = connection;
    }

    /** Opens a transaction in {@code tenant} and runs {@code sql} in it, without committing. */
    static HeldTransaction begin(AgroalDataSource dataSource, String tenant, String sql, Object... parameters)
            throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (PreparedStatement enter = connection.prepareStatement("select set_config('sohoa.tenant_id', ?, true)")) {
            enter.setString(1, tenant);
            enter.execute();
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
        return new HeldTransaction(dataSource, connection);
    }

    /** Waits (at most 20 seconds) until another session of this database waits for a lock, i.e. for us. */
    void awaitSomeoneWaiting() throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            try (Connection observer = dataSource.getConnection();
                 PreparedStatement waiting = observer.prepareStatement("select count(*) from pg_stat_activity "
                         + "where datname = current_database() and wait_event_type = 'Lock'");
                 ResultSet rows = waiting.executeQuery()) {
                rows.next();
                if (rows.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No request came to wait for the held transaction within " + PATIENCE);
    }

    void commit() throws SQLException {
        connection.commit();
    }

    @Override
    public void close() throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
            connection.setAutoCommit(true);
        }
        connection.close();
    }
}
