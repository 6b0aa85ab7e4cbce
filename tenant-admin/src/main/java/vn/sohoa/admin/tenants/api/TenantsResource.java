package vn.sohoa.admin.tenants.api;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.sohoa.admin.tenants.service.TenantService;
import vn.sohoa.platform.idempotency.IdempotentPosts;
import vn.sohoa.platform.paging.Page;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.domain.TenantStatus;
import vn.sohoa.platform.validation.Code;

/** The tenant registry as each caller may see it, and new tenants. */
@Path("/api/v1/tenants")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantsResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    IdempotentPosts posts;

    @Inject
    TenantService tenants;

    @POST
    public Response create(@Valid @NotNull TenantRequest body) {
        return posts.create(body, () -> {
            TenantResponse created = TenantResponse.of(tenants.create(Caller.of(identity), body.draft()));
            return Response.created(URI.create("/api/v1/tenants/" + created.code())).entity(created).build();
        });
    }

    @GET
    public Page<TenantResponse> list(
            @QueryParam("parent") @Pattern(regexp = Code.PATTERN, message = "must be a tenant code") String parent,
            @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("status") @Parameter(description = StatusFilter.DESCRIPTION, explode = Explode.TRUE,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = TenantStatus.class))
            List<String> status,
            @Valid @BeanParam PageRequest page) {
        return tenants.list(Caller.of(identity), parent, q, StatusFilter.parse(status), page).map(TenantResponse::of);
    }
}
