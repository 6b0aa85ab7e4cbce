package vn.sohoa.platform.support.service;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import vn.sohoa.platform.files.ImportLimits;
import vn.sohoa.platform.files.ImportProblems;
import vn.sohoa.platform.files.TableFormat;
import vn.sohoa.platform.files.TableReader;
import vn.sohoa.platform.idempotency.IdempotencyKeys;
import vn.sohoa.platform.problem.Problem.FieldError;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.support.domain.SupportFacts;
import vn.sohoa.platform.support.domain.SupportLog;
import vn.sohoa.platform.tenancy.domain.Caller;

/**
 * Logs many support records from a file into the current tenant, all or nothing. Every line meets exactly
 * the rules of a single POST: the request's constraints, then {@link SupportChecks}.
 */
@ApplicationScoped
public class SupportLogImport {

    /** Records written between two flushes of the session, so it does not grow with the file. */
    private static final int BATCH = 500;

    @Inject
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    SupportChecks checks;

    @Inject
    Clock clock;

    @Inject
    Event<SupportLogged> logged;

    @Inject
    ImportLimits limits;

    /**
     * Checks every line of the file (header {@link SupportLogColumns#IMPORTED}) and, unless this is a dry
     * run, logs all its records as {@code author} in one transaction. The tenant's sub-units, categories,
     * teams and members are looked up once for the whole file.
     *
     * @return on a dry run, how many records the file would create and how many problems it has, with the
     *         first of each ({@link ImportLimits#listed()}); otherwise how many were created
     * @throws ProblemException 422 carrying the first problems by line when any line has one; 413 when the
     *                          file is beyond {@link ImportLimits}; nothing is written
     */
    @Transactional
    @TransactionConfiguration(timeout = IdempotencyKeys.IMPORT_TRANSACTION_SECONDS)
    public SupportImport importFile(TableFormat format, byte[] file, boolean dryRun, Caller author) {
        return run(format, file, dryRun, author);
    }

    /**
     * Like {@link #importFile} without a dry run, inside the caller's transaction, which must allow as long
     * as an import takes: the API's import, whose {@code Idempotency-Key} is claimed in the same transaction
     * ({@link vn.sohoa.platform.idempotency.IdempotentPosts#importFile}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public SupportImport importJoining(TableFormat format, byte[] file, Caller author) {
        return run(format, file, false, author);
    }

    private SupportImport run(TableFormat format, byte[] file, boolean dryRun, Caller author) {
        TableReader.Table table = TableReader.read(format, file, SupportLogColumns.IMPORTED, "support records",
                limits);
        List<FieldError> problems = new ArrayList<>(table.problems());
        List<SupportImport.Record> toCreate = new ArrayList<>();
        Instant now = clock.instant();
        UnaryOperator<SupportFacts> checked = checks.forImport(now, author);
        for (TableReader.Line line : table.lines()) {
            SupportLogRequest request = SupportLogLine.read(line, validator, problems);
            if (request != null) {
                try {
                    toCreate.add(new SupportImport.Record(line.number(), checked.apply(request.facts())));
                } catch (ProblemException refused) {
                    refused.problem().errors().forEach(error ->
                            problems.add(new FieldError(line.number(), error.field(), error.message())));
                }
            }
        }
        problems.sort(Comparator.comparing(FieldError::line, Comparator.nullsFirst(Comparator.naturalOrder())));
        if (dryRun) {
            return new SupportImport(table.records(), toCreate.size(), ImportProblems.listed(toCreate, limits),
                    problems.size(), ImportProblems.listed(problems, limits), 0);
        }
        if (!problems.isEmpty()) {
            throw ImportProblems.refusal(problems, limits);
        }
        write(toCreate, author, now);
        return new SupportImport(table.records(), toCreate.size(), List.of(), 0, List.of(), toCreate.size());
    }

    private void write(List<SupportImport.Record> records, Caller author, Instant now) {
        for (int i = 0; i < records.size(); i++) {
            em.persist(new SupportLog(records.get(i).facts(), author.subject(), author.username(), now));
            if ((i + 1) % BATCH == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        logged.fire(new SupportLogged(records.size()));
    }
}
