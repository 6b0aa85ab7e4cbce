package vn.sohoa.platform.support.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import vn.sohoa.platform.paging.Page;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.support.service.IdempotentLogging;
import vn.sohoa.platform.support.service.SupportLogRequest;
import vn.sohoa.platform.support.service.SupportLogService;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.service.TenantGate;

/**
 * The support log of a tenant. Members read; team members, team leaders and administrators log; a record
 * is corrected or deleted by its author, or by a team leader or administrator, within the correction window.
 */
@Path("/api/v1/tenants/{code}/support-logs")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupportLogsResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    SecurityIdentity identity;

    @Inject
    TenantGate gate;

    @Inject
    SupportLogService logs;

    @Inject
    IdempotentLogging logging;

    @Inject
    ObjectMapper json;

    @PathParam("code")
    String tenantCode;

    @GET
    public Page<SupportLogResponse> list(@Valid @BeanParam SupportLogFilter filter,
                                         @Valid @BeanParam PageRequest page) {
        var query = filter.query();
        gate.enter(Caller.of(identity), tenantCode, Access.READ);
        return logs.list(query, page).map(SupportLogResponse::of);
    }

    @GET
    @Path("{id}")
    public SupportLogResponse get(@PathParam("id") String id) {
        gate.enter(Caller.of(identity), tenantCode, Access.READ);
        return logs.find(id(id)).map(SupportLogResponse::of).orElseThrow(() -> notFound(id));
    }

    @POST
    public Response log(@HeaderParam(IDEMPOTENCY_KEY) String key, @Valid @NotNull SupportLogRequest body) {
        if (key != null && !key.matches("[\\x21-\\x7E]{1,100}")) {
            throw ProblemException.invalid(IDEMPOTENCY_KEY, "must be 1 to 100 printable ASCII characters");
        }
        Caller caller = Caller.of(identity);
        gate.enter(caller, tenantCode, Access.LOG_SUPPORT);
        var logged = logging.log(key, hash(caller, body), body.facts(), caller);
        var response = SupportLogResponse.of(logged.log());
        return Response.created(URI.create("/api/v1/tenants/" + tenantCode + "/support-logs/" + response.id()))
                .header("Idempotent-Replayed", logged.replayed()).entity(response).build();
    }

    @PUT
    @Path("{id}")
    public SupportLogResponse correct(@PathParam("id") String id, @Valid @NotNull SupportLogRequest body) {
        if (body.version() == null) {
            throw ProblemException.invalid("version", "is required when correcting a support record");
        }
        Caller caller = Caller.of(identity);
        boolean supervises = enterToChange(caller);
        return SupportLogResponse.of(logs.correct(id(id), body.facts(), body.version(), caller, supervises));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @Valid @NotNull DeletionRequest body) {
        Caller caller = Caller.of(identity);
        boolean supervises = enterToChange(caller);
        logs.delete(id(id), body.reason().strip(), caller, supervises);
        return Response.noContent().build();
    }

    /** Enters the tenant as someone who logs support; says whether they may also change others' records. */
    private boolean enterToChange(Caller caller) {
        TenantSnapshot tenant = gate.enter(caller, tenantCode, Access.LOG_SUPPORT);
        return gate.permits(caller, tenant, Access.SUPERVISE_SUPPORT);
    }

    /** A digest of the request as parsed, so formatting differences of one retried body do not matter. */
    private String hash(Caller caller, SupportLogRequest body) {
        try {
            return IdempotentLogging.requestHash(caller, json.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not digest a support record", e);
        }
    }

    private static long id(String text) {
        if (!text.matches("\\d{1,18}")) {
            throw notFound(text);
        }
        return Long.parseLong(text);
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("There is no support record " + id + " here.");
    }
}
