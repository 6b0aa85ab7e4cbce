package vn.sohoa.server.support;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL run directly as the application role inside one tenant, as row-level security sees it: for fixtures
 * the API cannot make (records logged long ago, many rows at once) and for looking at rows it does not show.
 */
public final class TenantSql {

    private TenantSql() {
    }

    /** Runs an INSERT, UPDATE or DELETE with these parameters and returns how many rows it changed. */
    public static int update(AgroalDataSource dataSource, String tenant, String sql, Object... parameters)
            throws SQLException {
        try (Connection connection = inTenant(dataSource, tenant);
             PreparedStatement statement = prepared(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    /** The first column of every row of a query, as text. */
    public static List<String> strings(AgroalDataSource dataSource, String tenant, String sql, Object... parameters)
            throws SQLException {
        try (Connection connection = inTenant(dataSource, tenant);
             PreparedStatement statement = prepared(connection, sql, parameters);
             var rows = statement.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private static Connection inTenant(AgroalDataSource dataSource, String tenant) throws SQLException {
        Connection connection = dataSource.getConnection();
        try (PreparedStatement enter = connection.prepareStatement("select set_config('sohoa.tenant_id', ?, false)")) {
            enter.setString(1, tenant);
            enter.execute();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
