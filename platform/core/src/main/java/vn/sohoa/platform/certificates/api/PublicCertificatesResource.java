package vn.sohoa.platform.certificates.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.sohoa.platform.certificates.service.Certificates;

/**
 * Verification of a certificate by anyone who holds its serial, without a login: the holder's name, the
 * course, the issuer, the day and whether it still stands. The answer is not cached, so a revocation shows
 * at once.
 */
@Path("/api/v1/public/certificates")
@Produces(MediaType.APPLICATION_JSON)
public class PublicCertificatesResource {

    @Inject
    Certificates certificates;

    @GET
    @Path("{serial}")
    public Response verify(@PathParam("serial") String text) {
        var certificate = certificates.verify(Serials.require(text)).orElseThrow(() -> Serials.notFound(text));
        return Response.ok(certificate).cacheControl(noStore()).build();
    }

    static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return cache;
    }
}
