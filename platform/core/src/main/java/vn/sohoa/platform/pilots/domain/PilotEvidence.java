package vn.sohoa.platform.pilots.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.sohoa.platform.tenancy.domain.TenantScopedEntity;

/**
 * A file of evidence (tài liệu kiểm chứng) for a pilot, kept in the shared file store under the pilot's
 * tenant; it may name the KPI and period or the rubric criterion it supports.
 */
@Entity
@Table(name = "pilot_evidence")
public class PilotEvidence extends TenantScopedEntity {

    @Column(name = "pilot_id")
    private long pilotId;

    @Column(name = "file_id")
    private long fileId;

    @Column(name = "kpi_code")
    private String kpiCode;

    private String period;

    @Column(name = "criterion_code")
    private String criterionCode;

    private String note;

    @Column(name = "uploaded_by")
    private String uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected PilotEvidence() {
    }

    public PilotEvidence(long pilotId, long fileId, EvidenceLink link, String uploadedBy, Instant uploadedAt) {
        this.pilotId = pilotId;
        this.fileId = fileId;
        this.kpiCode = link.kpiCode();
        this.period = link.period();
        this.criterionCode = link.criterionCode();
        this.note = link.note();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public long pilotId() {
        return pilotId;
    }

    public long fileId() {
        return fileId;
    }

    public EvidenceLink link() {
        return new EvidenceLink(kpiCode, period, criterionCode, note);
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
