package vn.sohoa.platform.audit.service;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import vn.sohoa.platform.audit.domain.AuditEntry;
import vn.sohoa.platform.calendar.VietnamCalendar;
import vn.sohoa.platform.files.CsvTableWriter;

/**
 * Audit entries as CSV (RFC 4180) for spreadsheet users: UTF-8 with a byte-order mark, without which
 * Excel reads Vietnamese as mojibake, and times in Vietnam time as Vietnamese documents write them
 * ({@code 02/12/2026 08:30:05}), which a spreadsheet set to Vietnamese reads as a date.
 * Shared by the API's export and the web UI's download, so both give the same file.
 */
public final class AuditCsv implements AutoCloseable {

    static final List<String> HEADER = List.of("occurred_at (UTC+07:00)", "actor_username", "actor_subject",
            "entity_type", "entity_key", "action", "changes");

    private final CsvTableWriter out;

    /** Starts the file on {@code stream}: byte-order mark and header. */
    public AuditCsv(OutputStream stream) {
        this.out = new CsvTableWriter(stream, true);
        out.row(HEADER);
    }

    /** Writes one entry as a row. */
    public void write(AuditEntry entry) {
        out.row(List.of(VietnamCalendar.DAY_TIME_SECONDS.format(entry.occurredAt()), entry.actorUsername(), entry.actorSubject(),
                entry.entityType(), entry.entityKey(), entry.action().name(), entry.changes()));
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
