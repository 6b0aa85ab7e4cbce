package vn.sohoa.platform.support.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.sohoa.platform.idempotency.IdempotencyKeys;
import vn.sohoa.platform.idempotency.StoredAnswer;
import vn.sohoa.platform.support.domain.SupportFacts;
import vn.sohoa.platform.tenancy.domain.Caller;

/**
 * Logging support from the web form and the demo data, exactly once per idempotency key, through the same
 * {@link IdempotencyKeys} as every creating POST of the API: a form saved again after its answer was lost
 * writes nothing more.
 */
@ApplicationScoped
public class IdempotentLogging {

    /** What the quick-entry form's keys are for, so they never match a key of the API. */
    static final String QUICK_ENTRY = "quick entry";

    @Inject
    IdempotencyKeys keys;

    @Inject
    SupportLogService logs;

    /**
     * Logs support as {@code author}; with a key, only the first call does.
     *
     * @param key the form's key, or null to log unconditionally
     * @return whether an earlier call with this key logged it and this one wrote nothing
     * @throws vn.sohoa.platform.problem.ProblemException 422 when the key was used for different facts
     */
    @Transactional
    public boolean log(String key, SupportFacts facts, Caller author) {
        String hash = key == null ? null : IdempotencyKeys.hash(author.subject(), QUICK_ENTRY, facts.toString());
        return keys.once(key, hash, () -> {
            long id = logs.log(facts, author).id();
            return new StoredAnswer(201, null, String.valueOf(id));
        }).replayed();
    }
}
