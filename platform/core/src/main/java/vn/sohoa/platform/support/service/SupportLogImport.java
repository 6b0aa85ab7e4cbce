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
import vn.sohoa.platform.files.ImportProblems;
import vn.sohoa.platform.files.TableFormat;
import vn.sohoa.platform.files.TableReader;
import vn.sohoa.platform.problem.Problem.FieldError;
import vn.sohoa.platform.problem.ProblemException;
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

    /**
     * Checks every line of the file (header {@link SupportLogColumns#IMPORTED}) and, unless this is a dry
     * run, logs all its records as {@code author} in one transaction.
     *
     * @return on a dry run, what the file would create and every problem; otherwise what was created
     * @throws ProblemException 422 carrying every problem by line when any line has one; nothing is written
     */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public SupportImport importFile(TableFormat format, byte[] file, boolean dryRun, Caller author) {
        TableReader.Table table = TableReader.read(format, file, SupportLogColumns.IMPORTED, "support records");
        List<FieldError> problems = new ArrayList<>(table.problems());
        List<SupportImport.Record> toCreate = new ArrayList<>();
        Instant now = clock.instant();
        for (TableReader.Line line : table.lines()) {
            SupportLogRequest request = SupportLogLine.read(line, validator, problems);
            if (request != null) {
                try {
                    toCreate.add(new SupportImport.Record(line.number(), checks.checked(request.facts(), now, null, author)));
                } catch (ProblemException refused) {
                    refused.problem().errors().forEach(error ->
                            problems.add(new FieldError(line.number(), error.field(), error.message())));
                }
            }
        }
        problems.sort(Comparator.comparing(FieldError::line, Comparator.nullsFirst(Comparator.naturalOrder())));
        if (dryRun) {
            return new SupportImport(table.records(), toCreate, ImportProblems.listed(problems), problems.size(), 0);
        }
        if (!problems.isEmpty()) {
            throw ImportProblems.refusal(problems);
        }
        write(toCreate, author, now);
        return new SupportImport(table.records(), toCreate, List.of(), 0, toCreate.size());
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
