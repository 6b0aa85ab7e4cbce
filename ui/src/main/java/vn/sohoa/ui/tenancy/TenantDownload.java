package vn.sohoa.ui.tenancy;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;
import vn.sohoa.platform.tenancy.domain.Permission;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;

/**
 * A file of a tenant's data, written to the browser while it is read. The download is a request
 * of its own, so it enters the tenant again, checking that the person still has the access it needs.
 */
public final class TenantDownload implements DownloadHandler {

    /** Writes the file; may throw {@link UncheckedIOException} when the browser goes away. */
    public interface Content {
        void writeTo(OutputStream stream) throws IOException;
    }

    private final RoutedTenant tenant;
    private final Permission access;
    private final Function<String, String> fileName;
    private final String contentType;
    private final Content content;

    /** @param fileName the file's name for the code of the tenant */
    public TenantDownload(RoutedTenant tenant, Permission access, Function<String, String> fileName, String contentType,
                          Content content) {
        this.tenant = tenant;
        this.access = access;
        this.fileName = fileName;
        this.contentType = contentType;
        this.content = content;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        TenantSnapshot entered = tenant.enter(access);
        event.setFileName(fileName.apply(entered.code()));
        event.setContentType(contentType);
        try {
            content.writeTo(event.getOutputStream());
        } catch (UncheckedIOException browserGone) {
            throw browserGone.getCause();
        }
    }
}
