package vn.sohoa.platform.support.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.paging.Page;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.paging.Streamed;
import vn.sohoa.platform.problem.OptimisticVersion;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.support.domain.SupportFacts;
import vn.sohoa.platform.support.domain.SupportLog;
import vn.sohoa.platform.tenancy.domain.Caller;

/** The support log of the current tenant. Every method works inside the tenant entered for the request. */
@ApplicationScoped
public class SupportLogService {

    private static final String NEWEST_FIRST = " order by l.facts.occurredAt desc, l.id desc";

    @Inject
    EntityManager em;

    @Inject
    SupportChecks checks;

    @Inject
    SupportLogInsert insert;

    @Inject
    SupportLogCount count;

    @Inject
    SupportLogConfig config;

    @Inject
    Clock clock;

    @Inject
    Event<SupportLogged> logged;

    @Inject
    Event<SupportLogChanged> changed;

    /** A page of the records matching {@code query}, newest first; deleted records are left out. */
    @Transactional
    public Page<SupportLog> list(SupportLogQuery query, PageRequest page) {
        long total = count.of(query);
        return page.slice(query.on(em, "from SupportLog l", NEWEST_FIRST, SupportLog.class), total);
    }

    /**
     * Hands every record matching {@code query} to {@code sink}, newest first as {@link #list} orders them, in
     * constant memory ({@link Streamed}). Joins the caller's transaction, which must stay open while the sink
     * writes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void forEach(SupportLogQuery query, Consumer<SupportLog> sink) {
        Streamed.forEach(em, query.on(em, "from SupportLog l", NEWEST_FIRST, SupportLog.class), sink);
    }

    /** The record with this id, unless it was deleted. */
    @Transactional
    public Optional<SupportLog> find(long id) {
        return em.createQuery("from SupportLog l where l.id = :id and l.deletedAt is null", SupportLog.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /**
     * Logs support as {@code author}, after {@link SupportChecks checking} it; joins the caller's transaction.
     * The record's sub-unit and category are checked by the insert itself ({@link SupportLogInsert}), which
     * writes nothing when either is wrong: on the path of every record, one round trip to the database
     * instead of two.
     *
     * @throws ProblemException 400 listing every field that breaks a rule
     */
    @Transactional
    public SupportLog log(SupportFacts facts, Caller author) {
        Instant now = clock.instant();
        SupportFacts checked = checks.checkedForInsert(facts, now, author);
        SupportLog log = insert.ifNamesHold(checked, author, now)
                .orElseThrow(() -> checks.refusal(facts, now, author));
        logged.fire(new SupportLogged(1));
        return log;
    }

    /**
     * Corrects a record.
     *
     * @param supervises whether the caller may change other people's records (team leader, administrator)
     * @throws ProblemException 404 for an unknown or deleted record, 403 when it is someone else's and the
     *                          caller does not supervise, 409 after the correction window or for a stale version
     */
    @Transactional
    public SupportLog correct(long id, SupportFacts facts, long expectedVersion, Caller caller, boolean supervises) {
        SupportLog log = changeable(id, caller, supervises);
        OptimisticVersion.check("Support record " + id, log.version(), expectedVersion);
        log.correct(checks.checked(facts, clock.instant(), log.facts().categoryCode(), caller));
        em.flush();
        changed.fire(new SupportLogChanged(id));
        return log;
    }

    /** Deletes a record softly, with the reason; the same people and time limit as {@link #correct}. */
    @Transactional
    public void delete(long id, String reason, Caller caller, boolean supervises) {
        changeable(id, caller, supervises).delete(caller.username(), reason, clock.instant());
        em.flush();
        changed.fire(new SupportLogChanged(id));
    }

    private SupportLog changeable(long id, Caller caller, boolean supervises) {
        SupportLog log = find(id).orElseThrow(() -> ProblemException.notFound("There is no support record " + id
                + " here."));
        if (!supervises && !log.isAuthor(caller.subject())) {
            throw ProblemException.forbidden("Support record " + id + " was logged by " + log.authorUsername()
                    + "; only they, a team leader or a tenant administrator may change it.");
        }
        Instant deadline = log.createdAt().plus(config.correctionWindow());
        if (clock.instant().isAfter(deadline)) {
            throw ProblemException.conflict("Support record " + id + " was logged on "
                    + VietnamCalendar.dayOf(log.createdAt()) + "; records can be "
                    + "changed only within " + config.correctionWindow().toDays() + " days of logging.");
        }
        return log;
    }
}
