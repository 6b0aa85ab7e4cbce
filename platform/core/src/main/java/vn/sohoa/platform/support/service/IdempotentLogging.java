package vn.sohoa.platform.support.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.problem.ProblemType;
import vn.sohoa.platform.support.domain.SupportFacts;
import vn.sohoa.platform.support.domain.SupportLog;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.service.TenantContext;

/**
 * Logging support exactly once per {@code Idempotency-Key}, for phones that resend a request whose answer
 * the network lost. The key is claimed with an insert before the record is written, in the same
 * transaction: a concurrent retry waits on that insert and, once the first transaction commits, finds the
 * key taken and answers with the first record. If the first one fails, its key goes with it.
 */
@ApplicationScoped
public class IdempotentLogging {

    /** A record and whether this request only found it, made by an earlier one with the same key. */
    public record Logged(SupportLog log, boolean replayed) {}

    @Inject
    EntityManager em;

    @Inject
    SupportLogService logs;

    @Inject
    TenantContext context;

    /**
     * Logs support as {@code author}; with a key, only the first request does.
     *
     * @param key         the client's Idempotency-Key, or null to log unconditionally
     * @param requestHash a digest of the request, to tell a retry from another request under the same key
     * @throws ProblemException 422 when the key was used for a different request
     */
    @Transactional
    public Logged log(String key, String requestHash, SupportFacts facts, Caller author) {
        if (key == null) {
            return new Logged(logs.log(facts, author), false);
        }
        String tenant = context.tenantCode().orElseThrow();
        int claimed = em.createNativeQuery("""
                        insert into support_idempotency (tenant_id, idem_key, request_hash)
                        values (:tenant, :key, :hash)
                        on conflict (tenant_id, idem_key) do nothing""")
                .setParameter("tenant", tenant).setParameter("key", key).setParameter("hash", requestHash)
                .executeUpdate();
        if (claimed == 0) {
            return new Logged(earlier(tenant, key, requestHash), true);
        }
        SupportLog log = logs.log(facts, author);
        em.createNativeQuery("update support_idempotency set support_log_id = :log "
                        + "where tenant_id = :tenant and idem_key = :key")
                .setParameter("log", log.id()).setParameter("tenant", tenant).setParameter("key", key).executeUpdate();
        return new Logged(log, false);
    }

    /**
     * The digest of a request for {@link #log}: the caller and a canonical text of what they sent (the
     * API's parsed JSON body, the web form's facts). The caller is part of it: someone else sending the
     * same key is not retrying this request.
     */
    public static String requestHash(Caller caller, String canonicalRequest) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((caller.subject() + "\n" + canonicalRequest).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private SupportLog earlier(String tenant, String key, String requestHash) {
        Object[] first = (Object[]) em.createNativeQuery("select request_hash, support_log_id "
                        + "from support_idempotency where tenant_id = :tenant and idem_key = :key")
                .setParameter("tenant", tenant).setParameter("key", key).getSingleResult();
        if (!requestHash.equals(first[0])) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Idempotency-Key " + key + " was already used "
                    + "for a different support record; use a new key for a new record.");
        }
        long id = ((Number) first[1]).longValue();
        return em.createQuery("from SupportLog l where l.id = :id", SupportLog.class).setParameter("id", id)
                .getSingleResult();
    }
}
