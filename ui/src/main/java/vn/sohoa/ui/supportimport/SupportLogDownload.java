package vn.sohoa.ui.supportimport;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import vn.sohoa.platform.files.TableFormat;
import vn.sohoa.platform.support.service.SupportLogExport;
import vn.sohoa.platform.support.service.SupportLogQuery;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.ui.tenancy.CurrentTenant;

/**
 * The whole support log of the chosen tenant as a file, written to the browser while it is read, the same
 * file as the API's export. The download is a request of its own, so it enters the tenant again.
 */
class SupportLogDownload implements DownloadHandler {

    private static final SupportLogQuery EVERYTHING = new SupportLogQuery(null, null, null, null, null);

    private final CurrentTenant current;
    private final SupportLogExport export;
    private final TableFormat format;

    SupportLogDownload(CurrentTenant current, SupportLogExport export, TableFormat format) {
        this.current = current;
        this.export = export;
        this.format = format;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        TenantSnapshot tenant = current.enter(event, Access.READ);
        event.setFileName(SupportLogExport.fileName(tenant.code(), format));
        event.setContentType(format.mediaType());
        try {
            export.write(EVERYTHING, format, event.getOutputStream());
        } catch (UncheckedIOException browserGone) {
            throw browserGone.getCause();
        }
    }
}
