package vn.sohoa.platform.tenancy.service;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import vn.sohoa.platform.tenancy.domain.Caller;

/**
 * The second wall: before a pooled connection is handed out, it is told the current tenant and user,
 * which the PostgreSQL row-level-security policies compare every row with. A connection handed out
 * with no tenant sees no tenant-scoped row. Every hand-out overwrites all values, so nothing leaks
 * from one borrower to the next. The connection is also told who acts, for the audit triggers; empty
 * values mean the platform itself.
 */
@ApplicationScoped
public class RowLevelSecurityInterceptor implements AgroalPoolInterceptor {

    private static final String SET_CONTEXT = """
            select set_config('sohoa.tenant_id', ?, false), set_config('sohoa.user_subject', ?, false),
                   set_config('sohoa.actor_subject', ?, false), set_config('sohoa.actor_username', ?, false)""";

    @Override
    public void onConnectionAcquire(Connection connection) {
        String user = "";
        Optional<Caller> actor = Optional.empty();
        if (Arc.container().requestContext().isActive()) {
            TenantContext context = Arc.container().instance(TenantContext.class).get();
            user = context.userSubject().orElse("");
            actor = context.actor();
        }
        try (PreparedStatement statement = connection.prepareStatement(SET_CONTEXT)) {
            statement.setString(1, CurrentTenantResolver.current());
            statement.setString(2, user);
            statement.setString(3, actor.map(Caller::subject).orElse(""));
            statement.setString(4, actor.map(Caller::username).orElse(""));
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the tenant of a database connection", e);
        }
    }
}
