package vn.sohoa.platform.pilots.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.sohoa.platform.files.store.FileKind;
import vn.sohoa.platform.files.store.StoredFile;
import vn.sohoa.platform.files.store.StoredFiles;
import vn.sohoa.platform.pilots.domain.EvidenceLink;
import vn.sohoa.platform.pilots.domain.Period;
import vn.sohoa.platform.pilots.domain.Pilot;
import vn.sohoa.platform.pilots.domain.PilotEvidence;
import vn.sohoa.platform.pilots.domain.PilotStatus;
import vn.sohoa.platform.problem.ProblemException;
import vn.sohoa.platform.tenancy.domain.Caller;

/**
 * Evidence files of a pilot, in the shared file store under the pilot's tenant: a file and the row citing it
 * are written in one transaction, so neither exists without the other.
 */
@ApplicationScoped
public class PilotEvidenceService {

    /** The kinds of file evidence may be. */
    public static final Set<FileKind> KINDS = EnumSet.of(FileKind.PDF, FileKind.JPEG, FileKind.PNG, FileKind.XLSX,
            FileKind.DOCX);
    /** The largest evidence file: 10 MB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    @Inject
    EntityManager em;

    @Inject
    PilotService pilots;

    @Inject
    StoredFiles files;

    @Inject
    Clock clock;

    @Inject
    PilotMeasurementService measurements;

    /**
     * Stores an evidence file for a pilot of the entered tenant, streamed from {@code body}.
     *
     * @throws ProblemException 404 when the tenant has no such pilot; 400 for a KPI, period or criterion the
     *                          pilot does not have (a period as for its actuals); 409 for a DRAFT, CLOSED or STOPPED pilot; 415 for a file that
     *                          is not PDF, JPEG, PNG, XLSX or DOCX by its content; 413 above 10 MB. Nothing is
     *                          stored on any of them.
     */
    @Transactional
    public Evidence upload(long pilotId, InputStream body, String fileName, EvidenceLink link, Caller caller) {
        Pilot pilot = pilots.existing(pilotId);
        if (link.kpiCode() != null && pilot.design().kpi(link.kpiCode()).isEmpty()) {
            throw ProblemException.invalid("kpiCode", "names no KPI of pilot " + pilotId);
        }
        if (link.period() != null) {
            // The period an actual could be recorded for: of the pilot's frequency, begun, within its dates.
            measurements.fits(Period.parse(link.period()), pilot.plan());
        }
        if (link.criterionCode() != null && pilot.design().criterion(link.criterionCode()).isEmpty()) {
            throw ProblemException.invalid("criterionCode", "names no criterion of pilot " + pilotId);
        }
        if (pilot.status() == PilotStatus.DRAFT || pilot.status() == PilotStatus.CLOSED
                || pilot.status() == PilotStatus.STOPPED) {
            throw ProblemException.conflict("Pilot " + pilotId + " is " + pilot.status() + "; it takes no evidence.");
        }
        StoredFile file = files.store(body, fileName, KINDS, MAX_BYTES);
        PilotEvidence evidence = new PilotEvidence(pilotId, file.id(), link, caller.username(), clock.instant());
        em.persist(evidence);
        em.flush();
        return new Evidence(evidence, file);
    }

    /** The pilot's evidence, oldest first. */
    @Transactional
    public List<Evidence> list(long pilotId) {
        pilots.existing(pilotId);
        return em.createQuery("from PilotEvidence where pilotId = :pilot order by uploadedAt, id", PilotEvidence.class)
                .setParameter("pilot", pilotId).getResultStream()
                .map(evidence -> new Evidence(evidence, files.find(evidence.fileId()).orElseThrow())).toList();
    }

    /** One piece of evidence of a pilot of the entered tenant, or empty. */
    @Transactional
    public Optional<Evidence> find(long pilotId, long evidenceId) {
        return em.createQuery("from PilotEvidence where pilotId = :pilot and id = :id", PilotEvidence.class)
                .setParameter("pilot", pilotId).setParameter("id", evidenceId).getResultStream()
                .map(evidence -> new Evidence(evidence, files.find(evidence.fileId()).orElseThrow())).findFirst();
    }

    /** The file store, for streaming a piece of evidence out ({@code FileTransfers.download}). */
    public StoredFiles files() {
        return files;
    }
}
