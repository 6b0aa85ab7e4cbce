package vn.sohoa.platform.problem;

import jakarta.ws.rs.Path;

/**
 * Answers API paths no resource serves with a 404 problem, whatever the method. Without it they
 * would fall through to the web UI, which serves every other path.
 */
@Path("/api")
public class ApiNotFoundResource {

    /** A sub-resource locator: JAX-RS calls it for any method once the path alone matched. */
    @Path("{path: .*}")
    public Object unknownPath() {
        throw ProblemException.notFound("There is no API resource at this path.");
    }
}
