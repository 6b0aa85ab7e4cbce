package vn.sohoa.platform.certificates.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public address of a certificate's verification page, which its QR code opens. It is
 * {@code sohoa.public-url} when set (the address people reach the server at, behind a proxy or ingress), or
 * else the address this request reached.
 */
@RequestScoped
public class VerificationLinks {

    @ConfigProperty(name = "sohoa.public-url")
    Optional<URI> publicUrl;

    @Inject
    UriInfo request;

    /** {@code <base>/verify/<serial>}. */
    public URI verification(String serial) {
        String base = publicUrl.orElseGet(request::getBaseUri).toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "verify/" + serial);
    }
}
