package vn.sohoa.platform.support.service;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import vn.sohoa.platform.files.TableFormat;
import vn.sohoa.platform.files.TableWriter;

/**
 * Writes the support log of the current tenant as a file, for the API's export and the web UI's download
 * alike. The CSV has no byte-order mark, so it can be imported again and read by programs as it is; the
 * XLSX is for spreadsheet users.
 */
@ApplicationScoped
public class SupportLogExport {

    @Inject
    SupportLogService logs;

    /**
     * Writes every record matching {@code query} (deleted ones left out), newest first, with a header row of
     * {@link SupportLogColumns#EXPORTED}, to {@code stream} as it reads them: memory does not grow with the
     * number of records. The time limit is generous because the stream goes to a client.
     */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public void write(SupportLogQuery query, TableFormat format, OutputStream stream) {
        try (TableWriter table = TableWriter.of(format, stream, "support-logs", SupportLogColumns.EXPORTED)) {
            logs.forEach(query, log -> table.row(SupportLogColumns.cells(log)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The name of the file for the tenant, such as {@code support-logs-31321.xlsx}. */
    public static String fileName(String tenantCode, TableFormat format) {
        return "support-logs-" + tenantCode + "." + format.extension();
    }
}
