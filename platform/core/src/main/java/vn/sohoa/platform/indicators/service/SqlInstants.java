package vn.sohoa.platform.indicators.service;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** A {@code timestamptz} column of a native query, whichever Java type the driver and Hibernate chose for it. */
final class SqlInstants {

    private SqlInstants() {
    }

    static Instant of(Object value) {
        return switch (value) {
            case null -> null;
            case Instant instant -> instant;
            case OffsetDateTime time -> time.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("Not a time: " + value.getClass());
        };
    }
}
