package vn.sohoa.platform.support.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.Session;
import vn.sohoa.platform.support.domain.SupportFacts;
import vn.sohoa.platform.support.domain.SupportLog;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * Writes a new support record in one statement that also checks its sub-unit and category: the insert
 * selects its row only when the tenant has the sub-unit and the category is active, and returns the row
 * as stored. Checking first and inserting after (as Hibernate's {@code persist} would) costs a round trip
 * more on the path of every record logged. The foreign key to {@code unit} and row-level security hold
 * for this insert as for any other.
 */
@ApplicationScoped
class SupportLogInsert {

    private static final String INSERT = """
            insert into support_log (tenant_id, occurred_at, unit_code, team_id, member_id, category_code, channel,
                                     people_count, age_band, gender, duration_minutes, outcome, note,
                                     author_subject, author_username, created_at)
            select :tenant, cast(:occurredAt as timestamptz), :unit, cast(:team as bigint), cast(:member as bigint),
                   :category, :channel, :people, cast(:ageBand as varchar), cast(:gender as varchar),
                   cast(:duration as integer), :outcome, cast(:note as varchar), :authorSubject, :authorUsername,
                   cast(:createdAt as timestamptz)
            where exists (select 1 from unit where tenant_id = :tenant and code = :unit)
              and (select active from support_category where code = :category
                       and (tenant_id is null or tenant_id = :tenant) limit 1)
            returning *""";

    @Inject
    EntityManager em;

    @Inject
    TenantGate gate;

    /**
     * The record as stored, in the persistence context like one persisted; empty, with nothing written, when
     * the tenant has no such sub-unit or the category is unknown or retired. The record is read-only there: a
     * new record is answered, not changed, so the commit has nothing to compare it with.
     */
    Optional<SupportLog> ifNamesHold(SupportFacts facts, Caller author, Instant now) {
        // Typed parameters, so that a null is bound as a null of its column's type. The one row (or none) is read as
        // a list: a stream would make Hibernate scroll the result, a tenth of the server's work per record.
        return Optional.ofNullable(em.unwrap(Session.class).createNativeQuery(INSERT, SupportLog.class)
                .setParameter("tenant", gate.here().code())
                .setParameter("occurredAt", facts.occurredAt(), Instant.class)
                .setParameter("unit", facts.unitCode())
                .setParameter("team", facts.teamId(), Long.class)
                .setParameter("member", facts.memberId(), Long.class)
                .setParameter("category", facts.categoryCode())
                .setParameter("channel", facts.channel().name())
                .setParameter("people", facts.peopleCount())
                .setParameter("ageBand", nameOf(facts.ageBand()), String.class)
                .setParameter("gender", nameOf(facts.gender()), String.class)
                .setParameter("duration", facts.durationMinutes(), Integer.class)
                .setParameter("outcome", facts.outcome().name())
                .setParameter("note", facts.note(), String.class)
                .setParameter("authorSubject", author.subject())
                .setParameter("authorUsername", author.username())
                .setParameter("createdAt", now, Instant.class)
                .setReadOnly(true)
                .getSingleResultOrNull());
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
