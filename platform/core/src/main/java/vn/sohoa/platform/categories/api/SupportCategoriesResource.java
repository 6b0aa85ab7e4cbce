package vn.sohoa.platform.categories.api;

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
import vn.sohoa.platform.categories.service.SupportCategoryService;
import vn.sohoa.platform.idempotency.IdempotentPosts;
import vn.sohoa.platform.problem.OptimisticVersion;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.service.TenantRoute;

/** The support categories of a tenant. Members read; tenant administrators add and retire their own. */
@Path("/api/v1/tenants/{code}/support-categories")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupportCategoriesResource {

    @Inject
    TenantRoute route;

    @Inject
    IdempotentPosts posts;

    @Inject
    SupportCategoryService categories;

    @PathParam("code")
    String tenantCode;

    @GET
    public List<SupportCategoryResponse> list() {
        route.enter(Access.READ);
        return categories.list().stream().map(SupportCategoryResponse::of).toList();
    }

    @POST
    public Response add(@Valid @NotNull SupportCategoryRequest body) {
        route.enter(Access.ADMINISTER);
        return posts.create(body, () -> {
            var added = SupportCategoryResponse.of(categories.add(body.code(), body.labelVi().strip(),
                    body.labelEn().strip()));
            return Response.created(URI.create("/api/v1/tenants/" + tenantCode + "/support-categories/"
                    + added.code())).entity(added).build();
        });
    }

    @PUT
    @Path("{categoryCode}")
    public SupportCategoryResponse change(@PathParam("categoryCode") String categoryCode,
                                          @Valid @NotNull SupportCategoryRequest body) {
        if (!categoryCode.equals(body.code())) {
            throw ProblemException.invalid("code", "cannot be changed; it must stay " + categoryCode);
        }
        if (body.active() == null) {
            throw ProblemException.invalid("active", "is required when changing a category");
        }
        route.enter(Access.ADMINISTER);
        return SupportCategoryResponse.of(categories.change(categoryCode, body.labelVi().strip(),
                body.labelEn().strip(), body.active(), OptimisticVersion.required(body.version())));
    }
}
