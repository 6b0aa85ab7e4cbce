package vn.sohoa.platform.idempotency;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What an upload's retry must repeat, for {@link IdempotentPosts#create}: the file's format and the
 * SHA-256 of its bytes. An import retried after a dropped answer then replays its first result instead
 * of writing the file a second time, and never keeps the file itself with the key.
 *
 * @param format the file's media type as uploaded
 * @param sha256 the digest of its bytes, in hexadecimal
 */
public record UploadDigest(String format, String sha256) {

    public static UploadDigest of(String format, byte[] file) {
        try {
            return new UploadDigest(format, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
