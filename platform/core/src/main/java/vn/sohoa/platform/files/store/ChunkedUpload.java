package vn.sohoa.platform.files.store;

import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import vn.sohoa.platform.files.FileTooLarge;

/**
 * An upload as it is read: every byte that passes is counted, digested and cut into chunks, each handed to
 * the sink as soon as it is full, so whoever reads the upload (the content sniffer, then the rest of the
 * body) stores it on the way and only one chunk is ever held. A read that takes the upload past its limit
 * fails with the 413, before anything beyond the limit reaches the sink.
 */
final class ChunkedUpload extends InputStream {

    /** Where full chunks go, numbered from 0. */
    @FunctionalInterface
    interface ChunkSink {
        void write(int seq, byte[] data, int length) throws SQLException;
    }

    private final InputStream body;
    private final long maxBytes;
    private final ChunkSink sink;
    private final MessageDigest digest;
    private final byte[] chunk;
    private int filled;
    private int seq;
    private long size;
    private RuntimeException failure;

    ChunkedUpload(InputStream body, long maxBytes, int chunkSize, ChunkSink sink) {
        this.body = body;
        this.maxBytes = maxBytes;
        this.sink = sink;
        this.chunk = new byte[chunkSize];
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (failure != null) {
            throw failure;
        }
        int read = body.read(buffer, offset, length);
        if (read <= 0) {
            return read;
        }
        size += read;
        if (size > maxBytes) {
            throw fail(FileTooLarge.upload(maxBytes));
        }
        digest.update(buffer, offset, read);
        for (int taken = 0; taken < read; ) {
            int copied = Math.min(read - taken, chunk.length - filled);
            System.arraycopy(buffer, offset + taken, chunk, filled, copied);
            filled += copied;
            taken += copied;
            if (filled == chunk.length) {
                flush();
            }
        }
        return read;
    }

    /** Reads the rest of the upload and writes its last chunk. */
    void readToEnd() throws IOException {
        byte[] buffer = new byte[64 * 1024];
        while (read(buffer, 0, buffer.length) >= 0) {
            // read() stores what passes.
        }
        if (filled > 0) {
            flush();
        }
    }

    /**
     * Throws what made a read fail, if one did: whoever read the upload may have taken that failure for
     * content it could not understand (the zip reader turns failures of its source into its own).
     */
    void rethrowFailure() {
        if (failure != null) {
            throw failure;
        }
    }

    long size() {
        return size;
    }

    /** The SHA-256 of everything read, in lower-case hex; call once, after {@link #readToEnd()}. */
    String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private void flush() {
        try {
            sink.write(seq++, chunk, filled);
        } catch (SQLException e) {
            throw fail(new PersistenceException("Could not store a chunk of a file", e));
        }
        filled = 0;
    }

    private RuntimeException fail(RuntimeException e) {
        failure = e;
        return e;
    }
}
