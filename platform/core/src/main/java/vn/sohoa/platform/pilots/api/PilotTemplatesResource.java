package vn.sohoa.platform.pilots.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import vn.sohoa.platform.http.PathIds;
import vn.sohoa.platform.idempotency.IdempotentPosts;
import vn.sohoa.platform.pilots.service.PilotTemplateRequest;
import vn.sohoa.platform.pilots.service.PilotTemplateService;
import vn.sohoa.platform.problem.OptimisticVersion;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/** Pilot model templates: a tenant's own and its ancestors' are listed; its administrators keep its own. */
@Path("/api/v1/tenants/{code}/pilot-templates")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PilotTemplatesResource {

    @Inject
    TenantRoute route;

    @Inject
    IdempotentPosts posts;

    @Inject
    PilotTemplateService templates;

    @PathParam("code")
    String tenantCode;

    @GET
    public List<PilotTemplateResponse> list() {
        route.enter(Access.READ);
        return templates.visible().stream().map(PilotTemplateResponse::of).toList();
    }

    @POST
    public Response create(@Valid @NotNull PilotTemplateRequest body) {
        route.enter(Access.ADMINISTER);
        return posts.create(body, () -> {
            PilotTemplateResponse created = PilotTemplateResponse.of(templates.create(body));
            return Response.created(URI.create("/api/v1/tenants/" + tenantCode + "/pilot-templates/" + created.id()))
                    .entity(created).build();
        });
    }

    @GET
    @Path("{id}")
    public PilotTemplateResponse get(@PathParam("id") String id) {
        route.enter(Access.READ);
        long templateId = PathIds.parse(id, "template");
        return templates.visible().stream().filter(template -> template.id() == templateId).findFirst()
                .map(PilotTemplateResponse::of).orElseThrow(() -> PathIds.notFound(id, "template"));
    }

    @PUT
    @Path("{id}")
    public PilotTemplateResponse update(@PathParam("id") String id, @Valid @NotNull PilotTemplateRequest body) {
        route.enter(Access.ADMINISTER);
        return PilotTemplateResponse.of(templates.update(PathIds.parse(id, "template"), body,
                OptimisticVersion.required(body.version())));
    }
}
