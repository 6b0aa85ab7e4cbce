package vn.sohoa.platform.certificates.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import vn.sohoa.platform.certificates.domain.Serial;
import vn.sohoa.platform.certificates.service.CertificatePdf;
import vn.sohoa.platform.certificates.service.Certificates;
import vn.sohoa.platform.certificates.service.HeldCertificate;
import vn.sohoa.platform.certificates.service.VerificationAddresses;

/**
 * The caller's own certificates, from every tenant that issued one. No tenant is entered: the database
 * answers for the person the request's token names, and nobody else's certificate can be listed or
 * printed here (another person's serial is a 404, as an unknown one).
 */
@Path("/api/v1/me/certificates")
@Authenticated
public class MyCertificatesResource {

    @Inject
    Certificates certificates;

    @Inject
    CertificatePdf pdf;

    @Inject
    VerificationAddresses addresses;

    @Context
    UriInfo request;

    /** A person holds a handful of certificates, so the list is not paged. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<HeldCertificate> list() {
        return certificates.mine();
    }

    @GET
    @Path("{serial}.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("serial") String text) {
        HeldCertificate certificate = Serial.parse(text).flatMap(certificates::mine)
                .orElseThrow(() -> Serials.notFound(text));
        return Response.ok(pdf.render(certificate, addresses.of(certificate.serial(), request::getBaseUri)))
                .header("Content-Disposition", "attachment; filename=\"chung-nhan-" + certificate.serial() + ".pdf\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
