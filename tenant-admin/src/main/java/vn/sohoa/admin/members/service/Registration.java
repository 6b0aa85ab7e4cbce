package vn.sohoa.admin.members.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.MembershipsChanged;

/**
 * A citizen's self-registration: a person who signs in with no membership at all chooses their commune and becomes
 * LEARNER there. The membership is written by {@code register_learner}, which acts only for the person the request's
 * token names and only while they hold no membership, since no tenant can be entered before one is held.
 */
@ApplicationScoped
public class Registration {

    /** The most communes a search answers. */
    static final int LISTED = 20;

    @Inject
    EntityManager em;

    @Inject
    Event<MembershipsChanged> changes;

    /** A live commune one may register in. */
    public record Commune(String code, String name, String parentName) {
    }

    /** Live communes whose name or code holds {@code query} (without diacritics), by name; the first twenty. */
    @Transactional
    public List<Commune> communes(String query) {
        List<Object[]> rows = em.createNativeQuery("""
                        select t.code, t.name, p.name from tenant t left join tenant p on p.code = t.parent_code
                        where t.kind = 'COMMUNE' and t.status = 'ACTIVE'
                          and (search_fold(t.name) like '%' || search_fold(:q) || '%' or t.code = :q)
                        order by t.name, t.code limit :listed""", Object[].class)
                .setParameter("q", query == null ? "" : query.strip()).setParameter("listed", LISTED).getResultList();
        return rows.stream().map(row -> new Commune((String) row[0], (String) row[1], (String) row[2])).toList();
    }

    /**
     * Makes the caller a LEARNER of the commune.
     *
     * @throws ProblemException 409 when they hold a membership already (anywhere); 400 naming {@code communeCode}
     *                          when it is no live commune
     */
    @Transactional
    public void register(String subject, String communeCode) {
        boolean registered = (Boolean) em.createNativeQuery("select register_learner(:code)")
                .setParameter("code", communeCode).getSingleResult();
        if (!registered) {
            em.createNativeQuery("select set_config('sohoa.user_subject', :subject, false)")
                    .setParameter("subject", subject).getSingleResult();
            long held = ((Number) em.createNativeQuery("select count(*) from membership where user_subject = :subject")
                    .setParameter("subject", subject).getSingleResult()).longValue();
            if (held > 0) {
                throw ProblemException.conflict("You are a member of a unit already; registration is for people who are not.");
            }
            throw ProblemException.invalid("communeCode", communeCode + " is no live commune");
        }
        changes.fire(MembershipsChanged.of(subject));
    }
}
