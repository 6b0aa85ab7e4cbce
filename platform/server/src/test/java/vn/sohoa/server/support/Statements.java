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
    private static final ThreadLocal<long[]> PREPARED_HERE = ThreadLocal.withInitial(() -> new long[1]);

    @Override
    public String inspect(String sql) {
        PREPARED.incrementAndGet();
        PREPARED_HERE.get()[0]++;
        return sql;
    }

    /**
     * How many statements the server prepared while {@code work} ran, for work done through HTTP requests:
     * the test sends one request at a time, and nothing else runs meanwhile.
     */
    public static long during(Runnable work) {
        long before = PREPARED.get();
        work.run();
        return PREPARED.get() - before;
    }

    /** How many statements {@code work} prepared itself, on the calling thread, for services called directly. */
    public static long onThisThread(Runnable work) {
        long before = PREPARED_HERE.get()[0];
        work.run();
        return PREPARED_HERE.get()[0] - before;
    }
}
