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
     * Renames a skill group, or adds one with a new code at the end.
     *
     * @param version the skill's version the change was made from; null to add one
     * @throws ProblemException 409 for a stale version or adding a code that exists
     */
    @Transactional
    public TrainingSkill save(String code, String name, Long version) {
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
