package vn.sohoa.platform.training.api;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.sohoa.platform.tenancy.domain.Access;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.tenancy.service.TenantRoute;
import vn.sohoa.platform.training.domain.TrainingAccess;
import vn.sohoa.platform.training.domain.TrainingSkill;
import vn.sohoa.platform.training.service.SkillService;

/** The basic digital-skills framework: read in any tenant, edited by trainers and administrators of a province. */
@Path("/api/v1/tenants/{code}/training-skills")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingSkillsResource {

    @Inject
    TenantRoute route;

    @Inject
    SkillService skills;

    @GET
    public List<Skill> list() {
        route.enter(Access.READ);
        return skills.list().stream().map(Skill::of).toList();
    }

    /** Renames a skill group ({@code version} required) or adds one (no version). */
    @PUT
    @Path("{skill}")
    public Skill save(@PathParam("skill") @Pattern(regexp = TrainingSkill.CODE_PATTERN, message = "must be a skill code") String code,
                      @Valid @NotNull SkillRequest body) {
        TenantSnapshot here = route.enter(TrainingAccess.AUTHOR);
        return Skill.of(skills.save(here, code, body.name().strip(), body.version()));
    }

    /** A skill group's name, and the version it was read at (to rename it). */
    public record SkillRequest(@NotBlank @Size(max = 300) String name, Long version) {
    }

    /** A skill group of the framework. */
    public record Skill(String code, String name, int position, long version) {

        static Skill of(TrainingSkill skill) {
            return new Skill(skill.code(), skill.name(), skill.position(), skill.version());
        }
    }
}
