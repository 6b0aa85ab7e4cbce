package vn.sohoa.platform.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.sohoa.platform.problem.OptimisticVersion;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.TenantKind;
import vn.sohoa.platform.tenancy.domain.TenantSnapshot;
import vn.sohoa.platform.training.domain.TrainingSkill;

/** The basic digital-skills framework: read by every tenant, edited by the province. */
@ApplicationScoped
public class SkillService {

    @Inject
    EntityManager em;

    /** Every skill group, in the framework's order. */
    @Transactional
    public List<TrainingSkill> list() {
        return em.createQuery("from TrainingSkill s order by s.position, s.code", TrainingSkill.class).getResultList();
    }

    /**
     * Renames a skill group, or adds one with a new code at the end. Only a province edits the framework.
     *
     * @param here    the tenant entered
     * @param version the skill's version the change was made from; null to add one
     * @throws ProblemException 403 when {@code here} is not a province; 409 for a stale version or adding a code
     *                          that exists
     */
    @Transactional
    public TrainingSkill save(TenantSnapshot here, String code, String name, Long version) {
        if (!editableIn(here)) {
            throw ProblemException.forbidden("The skills framework is edited by the province, not by " + here.code() + ".");
        }
        TrainingSkill skill = em.find(TrainingSkill.class, code);
        if (skill == null) {
            int position = em.createQuery("select coalesce(max(s.position), -1) + 1 from TrainingSkill s", Integer.class)
                    .getSingleResult();
            skill = new TrainingSkill(code, name, position);
            em.persist(skill);
        } else {
            OptimisticVersion.check("Skill " + code, skill.version(), OptimisticVersion.required(version));
            skill.rename(name);
        }
        em.flush();
        return skill;
    }

    /** Whether the framework is edited in this tenant: only a province's authors edit it. */
    public static boolean editableIn(TenantSnapshot here) {
        return here.kind() == TenantKind.PROVINCE;
    }

    /** The codes among {@code codes} the framework does not hold. */
    List<String> unknown(List<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        Set<String> known = new HashSet<>(em.createQuery("select s.code from TrainingSkill s where s.code in :codes",
                String.class).setParameter("codes", codes).getResultList());
        return codes.stream().filter(code -> !known.contains(code)).toList();
    }
}
