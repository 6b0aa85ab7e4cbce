package vn.sohoa.platform.idempotency;

/**
 * The answer a request under an {@code Idempotency-Key} first got, kept for its retries.
 *
 * @param status   HTTP status
 * @param location the {@code Location} header, or null
 * @param body     the JSON body, or null
 */
public record StoredAnswer(int status, String location, String body) {}
