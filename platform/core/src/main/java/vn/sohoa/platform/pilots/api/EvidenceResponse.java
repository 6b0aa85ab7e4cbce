package vn.sohoa.platform.pilots.api;

import java.time.Instant;
import vn.sohoa.platform.files.store.FileKind;
import vn.sohoa.platform.pilots.service.Evidence;

/** A piece of evidence as the API returns it: what it supports and the file's name, kind, size and digest. */
public record EvidenceResponse(long id, String kpiCode, String period, String criterionCode, String note, String name,
                               FileKind kind, long size, String sha256, String uploadedBy, Instant uploadedAt) {

    static EvidenceResponse of(Evidence evidence) {
        var link = evidence.evidence().link();
        var file = evidence.file();
        return new EvidenceResponse(evidence.evidence().id(), link.kpiCode(), link.period(), link.criterionCode(),
                link.note(), file.name(), file.kind(), file.size(), file.sha256(), evidence.evidence().uploadedBy(),
                evidence.evidence().uploadedAt());
    }
}
