package vn.sohoa.platform.training.api;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import vn.sohoa.platform.http.PathIds;
import vn.sohoa.platform.idempotency.IdempotentPosts;
import vn.sohoa.platform.paging.Page;
import vn.sohoa.platform.paging.PageRequest;
import vn.sohoa.platform.problem.OptimisticVersion;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.service.TenantGate;
import vn.sohoa.platform.tenancy.service.TenantRoute;
import vn.sohoa.platform.training.domain.Audience;
import vn.sohoa.platform.training.domain.Course;
import vn.sohoa.platform.training.domain.CourseContent;
import vn.sohoa.platform.training.domain.TrainingAccess;
import vn.sohoa.platform.training.service.CourseDetail;
import vn.sohoa.platform.training.service.CourseService;
import vn.sohoa.platform.training.service.CourseSummary;
import vn.sohoa.platform.training.service.EnrolmentService;

/**
 * Courses of a tenant and those shared down to it. Members read (the draft only for trainers and administrators of
 * the course's own tenant); trainers and administrators create, edit, publish, delete (a draft never published)
 * and withdraw (a published course); members enrol.
 */
@Path("/api/v1/tenants/{code}/courses")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CoursesResource {

    @Inject
    TenantRoute route;

    @Inject
    TenantGate gate;

    @Inject
    SecurityIdentity identity;

    @Inject
    IdempotentPosts posts;

    @Inject
    CourseService courses;

    @Inject
    EnrolmentService enrolments;

    @PathParam("code")
    String tenantCode;

    @GET
    public Page<CourseSummary> list(@Valid @BeanParam PageRequest page) {
        TenantSnapshot here = route.enter(TrainingAccess.BROWSE);
        return courses.list(page, here.code(), audienceOnly(), route.permits(TrainingAccess.AUTHOR));
    }

    @POST
    public Response create(@Valid @NotNull CourseContent body) {
        route.enter(TrainingAccess.AUTHOR);
        return posts.create(body, () -> {
            Course course = courses.create(body);
            return Response.created(URI.create("/api/v1/tenants/" + tenantCode + "/courses/" + course.id()))
                    .entity(CourseDetail.draftOf(course)).build();
        });
    }

    @GET
    @Path("{id}")
    public CourseDetail get(@PathParam("id") String id) {
        route.enter(TrainingAccess.BROWSE);
        return courses.find(PathIds.parse(id, "course"), route.permits(TrainingAccess.AUTHOR), audienceOnly())
                .orElseThrow(() -> PathIds.notFound(id, "course"));
    }

    @PUT
    @Path("{id}")
    public CourseDetail replaceDraft(@PathParam("id") String id, @Valid @NotNull CourseContent body) {
        route.enter(TrainingAccess.AUTHOR);
        return CourseDetail.draftOf(courses.replaceDraft(PathIds.parse(id, "course"), body, OptimisticVersion.required(body.version())));
    }

    @POST
    @Path("{id}/publish")
    public Response publish(@PathParam("id") String id) {
        route.enter(TrainingAccess.AUTHOR);
        long courseId = PathIds.parse(id, "course");
        return posts.create(Map.of("publish", courseId),
                () -> Response.ok(Map.of("version", courses.publish(courseId))).build());
    }

    /** Deletes a course never published; a published one is a 409 (withdraw it). */
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        route.enter(TrainingAccess.AUTHOR);
        courses.delete(PathIds.parse(id, "course"));
        return Response.noContent().build();
    }

    /** Withdraws a published course: nobody enrols any more; what its learners did stays. */
    @POST
    @Path("{id}/withdraw")
    public CourseDetail withdraw(@PathParam("id") String id, @Valid @NotNull WithdrawalRequest body) {
        route.enter(TrainingAccess.AUTHOR);
        return CourseDetail.draftOf(courses.withdraw(PathIds.parse(id, "course"), body.version()));
    }

    /** {@code {}} enrols the caller; {@code {username}} enrols a member of the tenant (trainers and administrators). */
    @POST
    @Path("{id}/enrolments")
    public Response enrol(@PathParam("id") String id, @Valid EnrolmentRequest body) {
        long courseId = PathIds.parse(id, "course");
        EnrolmentService.Enrolled enrolled;
        if (body == null || body.username() == null) {
            TenantSnapshot here = route.enter(TrainingAccess.LEARN);
            Caller caller = route.caller();
            enrolled = enrolments.enrolSelf(courseId, caller.subject(), caller.username(), LearnerName.of(identity),
                    gate.standing(caller, here).here(), here.kind());
        } else {
            route.enter(TrainingAccess.AUTHOR);
            enrolled = enrolments.enrolMember(courseId, body.username());
        }
        EnrolmentResponse answer = EnrolmentResponse.of(enrolled.enrolment());
        return enrolled.created()
                ? Response.created(URI.create("/api/v1/me/learning/" + answer.id())).entity(answer).build()
                : Response.ok(answer).build();
    }

    /** CITIZEN for someone who only learns here (a LEARNER, monitoring nothing), else every audience (null). */
    private Audience audienceOnly() {
        return route.permits(Access.READ) ? null : Audience.CITIZEN;
    }
}
