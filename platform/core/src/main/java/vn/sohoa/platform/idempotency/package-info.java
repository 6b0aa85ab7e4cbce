/**
 * Idempotency-Key for every creating request: {@link vn.sohoa.platform.idempotency.IdempotencyKeys} claims
 * a key in the same transaction as the creation and replays the first answer to every retry;
 * {@link vn.sohoa.platform.idempotency.IdempotentPosts} is how a resource's POST uses it.
 */
package vn.sohoa.platform.idempotency;
