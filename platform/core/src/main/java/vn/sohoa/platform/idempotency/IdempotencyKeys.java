package vn.sohoa.platform.idempotency;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.hibernate.Session;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.problem.ProblemType;

/**
 * Doing a creating request exactly once per {@code Idempotency-Key}, for clients that resend a request
 * whose answer the network lost. The key is claimed with an insert before anything is created, in the
 * same transaction: a concurrent retry waits on that insert and, once the first transaction commits, finds
 * the key taken and gets the first answer. If the first request fails, its key goes with it. Keys belong
 * to the tenant the request entered (row-level security keeps them there), or to no tenant ({@code ~}).
 */
@ApplicationScoped
public class IdempotencyKeys {

    /**
     * How long the transaction of a file's import may last, in seconds: a file of
     * {@code sohoa.imports.max-rows} lines is parsed, checked and written in one transaction.
     */
    public static final int IMPORT_TRANSACTION_SECONDS = 600;

    /** An answer and whether it was only replayed, given first to an earlier request with the same key. */
    public record Outcome(StoredAnswer answer, boolean replayed) {}

    // The claim and the stored answer go to the transaction's connection directly: through Hibernate, each of
    // these two statements on the path of every creating POST cost more of the server than the insert it guards
    // (a native update also makes Hibernate invalidate every entity's caches, as it cannot know what it wrote).
    private static final String CLAIM = """
            insert into idempotency_key (tenant_id, idem_key, request_hash)
            values (current_setting('sohoa.tenant_id', true), ?, ?)
            on conflict (tenant_id, idem_key) do nothing""";

    private static final String STORE = """
            update idempotency_key set status = ?, location = ?, body = ?
            where tenant_id = current_setting('sohoa.tenant_id', true) and idem_key = ?""";

    @Inject
    EntityManager em;

    /**
     * Runs {@code creation} in a transaction, once per key: a retry with the same key and request gets the
     * stored answer of the first, and {@code creation} does not run.
     *
     * @param key         the client's Idempotency-Key, or null to run {@code creation} unconditionally
     * @param requestHash {@link #hash} of the request, to tell a retry from another request under the key
     * @throws ProblemException 422 when the key was used for a different request
     */
    @Transactional
    public Outcome once(String key, String requestHash, Supplier<StoredAnswer> creation) {
        return claimed(key, requestHash, creation);
    }

    /**
     * Like {@link #once}, in a transaction of up to {@value #IMPORT_TRANSACTION_SECONDS} seconds, for a
     * file's import: the import joins this transaction, so the key and the records commit together. A
     * transaction's timeout is fixed where it begins, which is here.
     */
    @Transactional
    @TransactionConfiguration(timeout = IMPORT_TRANSACTION_SECONDS)
    public Outcome onceForImport(String key, String requestHash, Supplier<StoredAnswer> creation) {
        return claimed(key, requestHash, creation);
    }

    private Outcome claimed(String key, String requestHash, Supplier<StoredAnswer> creation) {
        if (key == null) {
            return new Outcome(creation.get(), false);
        }
        Session session = em.unwrap(Session.class);
        int claimed = session.doReturningWork(connection -> {
            try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
                claim.setString(1, key);
                claim.setString(2, requestHash);
                return claim.executeUpdate();
            }
        });
        if (claimed == 0) {
            return new Outcome(earlier(key, requestHash), true);
        }
        StoredAnswer answer = creation.get();
        // What the creation left to write fails here, before an answer is kept for it (as Hibernate's flush
        // before a native statement did).
        session.flush();
        session.doWork(connection -> {
            try (PreparedStatement store = connection.prepareStatement(STORE)) {
                store.setInt(1, answer.status());
                store.setString(2, answer.location());
                store.setString(3, answer.body());
                store.setString(4, key);
                store.executeUpdate();
            }
        });
        return new Outcome(answer, false);
    }

    /**
     * The digest of a request for {@link #once}: who sent it, what it asks for ({@code "POST /api/v1/…"}, or
     * the name of a UI action) and a canonical text of what they sent. The caller is part of it: someone else
     * sending the same key is not retrying this request.
     */
    public static String hash(String callerSubject, String target, String canonicalRequest) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (callerSubject + "\n" + target + "\n" + canonicalRequest).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private StoredAnswer earlier(String key, String requestHash) {
        Object[] first = (Object[]) em.createNativeQuery("""
                        select request_hash, status, location, body from idempotency_key
                        where tenant_id = current_setting('sohoa.tenant_id', true) and idem_key = :key""")
                .setParameter("key", key).getSingleResult();
        if (!requestHash.equals(first[0])) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Idempotency-Key " + key + " was already used "
                    + "for a different request; use a new key for a new request.");
        }
        return new StoredAnswer(((Number) first[1]).intValue(), (String) first[2], (String) first[3]);
    }
}
