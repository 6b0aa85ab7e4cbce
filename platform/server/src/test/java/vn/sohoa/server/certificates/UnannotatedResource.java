package vn.sohoa.server.certificates;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * An API resource that forgot {@code @Authenticated}, present only in the tests: the HTTP permissions must
 * still close it, since only {@code /api/v1/public/*} is open without a token.
 */
@Path("/api/v1/tenants/{code}/forgotten-annotation")
public class UnannotatedResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String secret() {
        return "should never be served without a token";
    }
}
