package vn.sohoa.ui.training;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;

/**
 * The public verification page of a certificate, as its QR code and the learner's link name it: under
 * {@code sohoa.public-url} when set, else under the address the browser reached (as the API's PDF does).
 */
@ApplicationScoped
public class VerificationAddress {

    @ConfigProperty(name = "sohoa.public-url")
    Optional<URI> publicUrl;

    URI of(String serial) {
        String base = publicUrl.map(URI::toString).orElseGet(VerificationAddress::reached);
        return URI.create((base.endsWith("/") ? base : base + "/") + "verify/" + serial);
    }

    private static String reached() {
        HttpServletRequest request = ((VaadinServletRequest) VaadinRequest.getCurrent()).getHttpServletRequest();
        return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath();
    }
}
