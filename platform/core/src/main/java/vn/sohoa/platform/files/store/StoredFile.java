package vn.sohoa.platform.files.store;

import java.time.Instant;

/**
 * A file of the current tenant: the name it was uploaded with, its kind as read from its content, its size in
 * bytes and the SHA-256 of its content (lower-case hex).
 */
public record StoredFile(long id, String name, FileKind kind, long size, String sha256, Instant storedAt) {}
