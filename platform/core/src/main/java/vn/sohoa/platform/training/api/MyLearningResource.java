package vn.sohoa.platform.training.api;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.sohoa.platform.files.store.FileTransfers;
import vn.sohoa.platform.http.PathIds;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Caller;
import vn.sohoa.platform.tenancy.service.TenantGate;
import vn.sohoa.platform.training.domain.TrainingAccess;
import vn.sohoa.platform.training.service.AttemptView;
import vn.sohoa.platform.training.service.LearnerCourse;
import vn.sohoa.platform.training.service.LearningItem;
import vn.sohoa.platform.training.service.LearningService;
import vn.sohoa.platform.training.service.LessonFiles;
import vn.sohoa.platform.training.service.LessonView;
import vn.sohoa.platform.training.service.QuizService;

/**
 * The caller's own learning, across every tenant they are enrolled in. Each enrolment is acted on inside its own
 * tenant, entered after finding it among the caller's enrolments: someone else's does not exist (404).
 */
@Path("/api/v1/me/learning")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyLearningResource {

    @Inject
    SecurityIdentity identity;

    @Inject
    TenantGate gate;

    @Inject
    LearningService learning;

    @Inject
    QuizService quizzes;

    @Inject
    LessonFiles lessonFiles;

    /** Enrolments in every tenant the caller may still read, newest first within each tenant. */
    @GET
    public Map<String, List<LearningItem>> list() {
        Caller caller = Caller.of(identity);
        List<LearningItem> items = new ArrayList<>();
        for (String tenant : learning.tenantsOf(caller.subject())) {
            try {
                gate.enter(caller, tenant, TrainingAccess.BROWSE);
            } catch (ProblemException gone) {
                continue; // a tenant the person no longer belongs to keeps their history, but not in their list
            }
            items.addAll(learning.learning(caller.subject()));
        }
        return Map.of("items", items);
    }

    @GET
    @Path("{enrolmentId}")
    public LearnerCourse course(@PathParam("enrolmentId") String enrolmentId) {
        Caller caller = Caller.of(identity);
        return learning.course(enter(caller, enrolmentId), caller.subject());
    }

    @GET
    @Path("{enrolmentId}/lessons/{lessonId}")
    public LessonView lesson(@PathParam("enrolmentId") String enrolmentId, @PathParam("lessonId") String lessonId) {
        Caller caller = Caller.of(identity);
        return learning.lesson(enter(caller, enrolmentId), PathIds.parse(lessonId, "lesson"), caller.subject());
    }

    /** The PDF of a file lesson of the caller's version, streamed; its size is in the lesson ({@code fileBytes}). */
    @GET
    @Path("{enrolmentId}/lessons/{lessonId}/file")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("enrolmentId") String enrolmentId, @PathParam("lessonId") String lessonId) {
        long enrolment = enter(Caller.of(identity), enrolmentId);
        long lesson = PathIds.parse(lessonId, "lesson");
        return lessonFiles.lessonFile(enrolment, lesson)
                .map(file -> FileTransfers.download(file, out -> lessonFiles.copyLessonFile(enrolment, lesson, out)))
                .orElseThrow(() -> ProblemException.notFound("Lesson " + lessonId + " has no file in your version."));
    }

    @POST
    @Path("{enrolmentId}/lessons/{lessonId}/complete")
    public LearningItem complete(@PathParam("enrolmentId") String enrolmentId, @PathParam("lessonId") String lessonId) {
        Caller caller = Caller.of(identity);
        return learning.completeLesson(enter(caller, enrolmentId), PathIds.parse(lessonId, "lesson"), caller.subject(),
                LearnerName.of(identity));
    }

    /** Starts an attempt (or returns the one still open): its questions without what is correct. */
    @POST
    @Path("{enrolmentId}/lessons/{lessonId}/attempts")
    public Response start(@PathParam("enrolmentId") String enrolmentId, @PathParam("lessonId") String lessonId) {
        Caller caller = Caller.of(identity);
        AttemptView attempt = quizzes.start(enter(caller, enrolmentId), PathIds.parse(lessonId, "lesson"),
                caller.subject());
        return Response.status(Response.Status.CREATED).entity(attempt).build();
    }

    @GET
    @Path("{enrolmentId}/attempts/{attemptId}")
    public AttemptView attempt(@PathParam("enrolmentId") String enrolmentId, @PathParam("attemptId") String attemptId) {
        Caller caller = Caller.of(identity);
        return quizzes.attempt(enter(caller, enrolmentId), PathIds.parse(attemptId, "attempt"), caller.subject());
    }

    @PUT
    @Path("{enrolmentId}/attempts/{attemptId}")
    public AttemptView save(@PathParam("enrolmentId") String enrolmentId, @PathParam("attemptId") String attemptId,
                            @Valid @NotNull AnswersRequest body) {
        Caller caller = Caller.of(identity);
        return quizzes.save(enter(caller, enrolmentId), PathIds.parse(attemptId, "attempt"), body.answers(),
                caller.subject());
    }

    /** Submits and grades; a resent submit returns the first result. */
    @POST
    @Path("{enrolmentId}/attempts/{attemptId}/submit")
    public AttemptView submit(@PathParam("enrolmentId") String enrolmentId, @PathParam("attemptId") String attemptId,
                              @Valid AnswersRequest body) {
        Caller caller = Caller.of(identity);
        return quizzes.submit(enter(caller, enrolmentId), PathIds.parse(attemptId, "attempt"),
                body == null ? List.of() : body.answers(), caller.subject(), LearnerName.of(identity));
    }

    /** Enters the tenant of one of the caller's enrolments and returns its id; 404 for anyone else's. */
    private long enter(Caller caller, String enrolmentId) {
        long id = PathIds.parse(enrolmentId, "enrolment");
        String tenant = learning.tenantOf(id, caller.subject()).orElseThrow(() -> PathIds.notFound(enrolmentId, "enrolment"));
        gate.enter(caller, tenant, TrainingAccess.LEARN);
        return id;
    }
}
