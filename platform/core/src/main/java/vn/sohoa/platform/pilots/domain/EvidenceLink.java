package vn.sohoa.platform.pilots.domain;

/** What a piece of evidence supports: a KPI's actual for a period, a rubric criterion, or the pilot as a whole (all null). */
public record EvidenceLink(String kpiCode, String period, String criterionCode, String note) {

    public static EvidenceLink none() {
        return new EvidenceLink(null, null, null, null);
    }
}
