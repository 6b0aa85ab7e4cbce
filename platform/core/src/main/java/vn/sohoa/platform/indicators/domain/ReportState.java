package vn.sohoa.platform.indicators.domain;

/** Where a report form stands: DRAFT → SUBMITTED → APPROVED, or SUBMITTED → RETURNED → SUBMITTED. */
public enum ReportState {
    DRAFT, SUBMITTED, APPROVED, RETURNED;

    /** Whether the unit may still change its values. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
