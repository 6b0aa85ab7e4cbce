package vn.sohoa.platform.files.store;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import vn.sohoa.platform.files.ImportLimits;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.problem.ProblemType;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * The files of the current tenant, kept in {@code stored_file} and its content in {@code stored_file_chunk}
 * (chunks of {@value #CHUNK_BYTES} bytes), both under row-level security. Every statement also names the
 * tenant the request entered, as Hibernate's discriminator would. Content goes in and out one chunk at a
 * time, never whole. The statements run on the connection of the caller's transaction, so a file stored by a
 * feature commits or rolls back with the row that cites it.
 */
@ApplicationScoped
public class StoredFiles {

    /** The size of a chunk of content: one row, one round trip, what is held at a time. */
    static final int CHUNK_BYTES = 512 * 1024;
    /** The longest name kept, in characters. */
    static final int MAX_NAME = 255;

    private static final String NEXT_ID = "select nextval('stored_file_id_seq')";
    private static final String INSERT_CHUNK =
            "insert into stored_file_chunk (file_id, tenant_id, seq, data) values (?, ?, ?, ?)";
    private static final String INSERT_FILE = """
            insert into stored_file (id, tenant_id, name, kind, size_bytes, sha256, stored_at, stored_by)
            values (?, ?, ?, ?, ?, ?, ?, coalesce(nullif(current_setting('sohoa.actor_username', true), ''), 'system'))""";
    private static final String FIND = """
            select id, name, kind, size_bytes, sha256, stored_at from stored_file where tenant_id = ? and id = ?""";
    private static final String CHUNK = "select data from stored_file_chunk where tenant_id = ? and file_id = ? and seq = ?";
    private static final String DELETE = "delete from stored_file where tenant_id = ? and id = ?";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    EntityManager em;

    @Inject
    TenantGate gate;

    @Inject
    ImportLimits limits;

    @Inject
    Clock clock;

    /**
     * Stores the body as a file of the tenant the request entered (TenantRoute), in the current transaction.
     * The kind is read from the content, not the name: one not in {@code allowed} is a 415 naming the kinds
     * allowed; more than {@code maxBytes} is a 413 naming the limit; either way nothing is stored (the
     * transaction is rolled back). The body is read once, as it arrives, one chunk held at a time.
     *
     * @param fileName the name the file was sent with; a path before it is dropped
     * @throws ProblemException 400 when the name is blank or longer than {@value #MAX_NAME} characters,
     *                          413 or 415 as above
     */
    @Transactional
    public StoredFile store(InputStream body, String fileName, Set<FileKind> allowed, long maxBytes) {
        String name = cleanName(fileName);
        String tenant = gate.here().code();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement chunks = connection.prepareStatement(INSERT_CHUNK)) {
            long id = nextId(connection);
            ChunkedUpload upload = new ChunkedUpload(body, maxBytes, CHUNK_BYTES, (seq, data, length) -> {
                chunks.setLong(1, id);
                chunks.setString(2, tenant);
                chunks.setInt(3, seq);
                chunks.setBinaryStream(4, new ByteArrayInputStream(data, 0, length), length);
                chunks.executeUpdate();
            });
            Optional<FileKind> kind = ContentSniffer.kindOf(upload, limits.maxUnpackedSize().asLongValue());
            upload.rethrowFailure();
            if (kind.isEmpty() || !allowed.contains(kind.get())) {
                throw unsupported(kind, upload.size(), allowed);
            }
            upload.readToEnd();
            StoredFile file = new StoredFile(id, name, kind.get(), upload.size(), upload.sha256(),
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
            insert(connection, tenant, file);
            return file;
        } catch (SQLException e) {
            throw new PersistenceException("Could not store the file " + name, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the upload of " + name, e);
        }
    }

    /** The file of the current tenant, or empty (another tenant's file is invisible). */
    @Transactional
    public Optional<StoredFile> find(long id) {
        try (Connection connection = dataSource.getConnection()) {
            return find(connection, gate.here().code(), id);
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the file " + id, e);
        }
    }

    /**
     * Writes the content to {@code out}, chunk by chunk: one chunk is held at a time. Joins the caller's
     * transaction; {@link FileTransfers#download} gives it one of its own, with a time limit long enough for a
     * slow client.
     *
     * @throws ProblemException 404 when the current tenant has no such file
     */
    @Transactional
    public void copy(long id, OutputStream out) {
        String tenant = gate.here().code();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement chunk = connection.prepareStatement(CHUNK)) {
            if (find(connection, tenant, id).isEmpty()) {
                throw notFound(id);
            }
            chunk.setString(1, tenant);
            chunk.setLong(2, id);
            for (int seq = 0; ; seq++) {
                chunk.setInt(3, seq);
                try (ResultSet row = chunk.executeQuery()) {
                    if (!row.next()) {
                        return;
                    }
                    try (InputStream data = row.getBinaryStream(1)) {
                        data.transferTo(out);
                    }
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the file " + id, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not send the file " + id, e);
        }
    }

    /**
     * Deletes the file and its content. The feature's own changes are flushed first, so a row that cited
     * the file and was removed in the same transaction no longer holds it.
     *
     * @throws ProblemException 404 when the current tenant has no such file; 409 when a row still cites it
     */
    @Transactional
    public void delete(long id) {
        String tenant = gate.here().code();
        em.flush();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(DELETE)) {
            delete.setString(1, tenant);
            delete.setLong(2, id);
            if (delete.executeUpdate() == 0) {
                throw notFound(id);
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not delete the file " + id, e);
        }
    }

    private static long nextId(Connection connection) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement(NEXT_ID); ResultSet row = next.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void insert(Connection connection, String tenant, StoredFile file) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_FILE)) {
            insert.setLong(1, file.id());
            insert.setString(2, tenant);
            insert.setString(3, file.name());
            insert.setString(4, file.kind().name());
            insert.setLong(5, file.size());
            insert.setString(6, file.sha256());
            insert.setObject(7, OffsetDateTime.ofInstant(file.storedAt(), ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    private static Optional<StoredFile> find(Connection connection, String tenant, long id) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setString(1, tenant);
            find.setLong(2, id);
            try (ResultSet row = find.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new StoredFile(row.getLong(1), row.getString(2), FileKind.valueOf(row.getString(3)),
                        row.getLong(4), row.getString(5), row.getObject(6, OffsetDateTime.class).toInstant()));
            }
        }
    }

    /**
     * The name as kept: the last part of a path (browsers and tools send {@code C:\fakepath\…}), without
     * control characters, composed (NFC) as Vietnamese text is stored everywhere.
     */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name.replaceAll("\\p{Cntrl}", ""), Normalizer.Form.NFC).strip();
        if (name.isEmpty()) {
            throw ProblemException.invalid("name", "must name the file");
        }
        if (name.length() > MAX_NAME) {
            throw ProblemException.invalid("name", "must be at most " + MAX_NAME + " characters");
        }
        return name;
    }

    private static ProblemException unsupported(Optional<FileKind> kind, long size, Set<FileKind> allowed) {
        String found = size == 0 ? "The file is empty"
                : kind.map(k -> "The file is " + k.label() + " by its content")
                        .orElse("The content of the file is none of the kinds Sohoa keeps");
        return new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, found + "; this upload takes "
                + FileKind.listed(allowed) + " (the content decides, not the name). Nothing was stored.");
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("There is no file " + id + " here.");
    }
}
