package vn.sohoa.ui.audit;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import vn.sohoa.platform.audit.service.AuditCsv;
import vn.sohoa.platform.audit.service.AuditFilter;
import vn.sohoa.platform.audit.service.AuditService;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.ui.tenancy.CurrentTenant;

/**
 * The audit trail as CSV, written to the browser while it is read, in the same format as the API's
 * export. The download is a request of its own, so it enters the tenant again, checking that the person
 * still administers it.
 */
class AuditDownload implements DownloadHandler {

    private final CurrentTenant current;
    private final AuditService audit;
    private final AuditFilter filter;

    AuditDownload(CurrentTenant current, AuditService audit, AuditFilter filter) {
        this.current = current;
        this.audit = audit;
        this.filter = filter;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        TenantSnapshot tenant = current.enter(event, Access.ADMINISTER);
        event.setFileName("audit-" + tenant.code() + ".csv");
        event.setContentType("text/csv; charset=UTF-8");
        try (AuditCsv csv = new AuditCsv(event.getOutputStream())) {
            audit.export(filter, csv::write);
        } catch (UncheckedIOException browserGone) {
            throw browserGone.getCause();
        }
    }
}
