package vn.sohoa.platform.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import vn.sohoa.platform.pilots.domain.PilotTemplate;
import vn.sohoa.platform.problem.OptimisticVersion;
import vn.sohoa.platform.problem.ProblemException;

/**
 * Pilot model templates. A tenant reads its own templates and those of its ancestors (the table's select
 * policy lets it), and writes only its own.
 */
@ApplicationScoped
public class PilotTemplateService {

    @Inject
    EntityManager em;

    /**
     * The templates the entered tenant may start from: its own and its ancestors', nearest tenant first,
     * then by name. Read with native SQL, because Hibernate's tenant filter would hide the ancestors'.
     */
    @Transactional
    public List<PilotTemplate> visible() {
        @SuppressWarnings("unchecked")
        List<PilotTemplate> templates = em.createNativeQuery("""
                        select p.* from pilot_template p join tenant t on t.code = p.tenant_id
                        order by nlevel(t.path) desc, p.name, p.id""", PilotTemplate.class).getResultList();
        templates.forEach(em::detach);
        return templates;
    }

    /** The visible template with this code, the nearest tenant's when an ancestor reuses the code. */
    @Transactional
    public Optional<PilotTemplate> find(String code) {
        return visible().stream().filter(template -> template.code().equals(code)).findFirst();
    }

    /** The entered tenant's own template with this id, or empty. */
    @Transactional
    public Optional<PilotTemplate> own(long id) {
        return em.createQuery("from PilotTemplate where id = :id", PilotTemplate.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    /**
     * Creates a template of the entered tenant.
     *
     * @throws ProblemException 400 for an inconsistent design, 409 {@code duplicate} for a code the tenant has
     */
    @Transactional
    public PilotTemplate create(PilotTemplateRequest request) {
        request.design().check("design");
        PilotTemplate template = new PilotTemplate(request.code(), request.name().strip(), request.field(),
                request.suitedKinds(), request.description(), request.design());
        em.persist(template);
        em.flush();
        return template;
    }

    /**
     * Replaces a template of the entered tenant (its code stays); pilots started from it keep their copy.
     *
     * @throws ProblemException 404 for another tenant's template, 409 when {@code expectedVersion} is stale
     */
    @Transactional
    public PilotTemplate update(long id, PilotTemplateRequest request, long expectedVersion) {
        PilotTemplate template = own(id).orElseThrow(() -> ProblemException.notFound(
                "There is no template " + id + " of this tenant."));
        OptimisticVersion.check("Template " + id, template.version(), expectedVersion);
        request.design().check("design");
        template.describe(request.name().strip(), request.field(), request.suitedKinds(), request.description(),
                request.design());
        em.flush();
        return template;
    }
}
