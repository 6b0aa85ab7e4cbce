package vn.sohoa.server.support;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares, native ones included, so that a test can show that a
 * request's work does not grow with the length of its input. It only counts; the statements run unchanged.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class Statements implements StatementInspector {

    private static final AtomicLong PREPARED = new AtomicLong();

    @Override
    public String inspect(String sql) {
        PREPARED.incrementAndGet();
        return sql;
    }

    /** How many statements were prepared while {@code work} ran (tests run one request at a time). */
    public static long during(Runnable work) {
        long before = PREPARED.get();
        work.run();
        return PREPARED.get() - before;
    }
}
