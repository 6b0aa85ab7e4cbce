package vn.sohoa.platform.certificates.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public address of a certificate's verification page, which its QR code and the learner's link open:
 * under {@code sohoa.public-url} when set (the address people reach the server at, behind a proxy or
 * ingress), else under the address the request reached, which only the caller (the API or the web UI) knows.
 */
@ApplicationScoped
public class VerificationAddresses {

    @ConfigProperty(name = "sohoa.public-url")
    Optional<URI> publicUrl;

    /** {@code <base>/verify/<serial>}, the base being {@code sohoa.public-url} or else {@code reached}. */
    public URI of(String serial, Supplier<URI> reached) {
        String base = publicUrl.orElseGet(reached).toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "verify/" + serial);
    }
}
