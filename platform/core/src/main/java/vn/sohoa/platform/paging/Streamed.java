package vn.sohoa.platform.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.function.Consumer;
import org.hibernate.jpa.HibernateHints;

/**
 * Reads the whole result of a query one entity at a time, for exports: the database cursor hands over
 * {@value #FETCH_SIZE} rows at a time, and each entity is let go once the sink has it, so a result of any
 * length runs in constant memory. Needs an open transaction for as long as the sink writes.
 */
public final class Streamed {

    static final int FETCH_SIZE = 500;

    private Streamed() {
    }

    /** Hands every entity of {@code query}, in its order, to {@code sink}, read-only. */
    public static <T> void forEach(EntityManager em, TypedQuery<T> query, Consumer<T> sink) {
        try (var entities = query.setHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE)
                .setHint(HibernateHints.HINT_READ_ONLY, true).getResultStream()) {
            entities.forEach(entity -> {
                sink.accept(entity);
                em.detach(entity);
            });
        }
    }
}
