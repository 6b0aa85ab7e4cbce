package vn.sohoa.platform.pilots.domain;

/**
 * Where a pilot stands: đề xuất (PROPOSED), trả lại (RETURNED), phê duyệt (APPROVED), triển khai (RUNNING),
 * sơ kết (REVIEWED), đánh giá (EVALUATED), nhân rộng (REPLICATING), kết thúc (CLOSED) or dừng (STOPPED).
 */
public enum PilotStatus {
    DRAFT, PROPOSED, RETURNED, APPROVED, RUNNING, REVIEWED, EVALUATED, REPLICATING, CLOSED, STOPPED;

    /** Whether the unit may still change the pilot's plan. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Whether the pilot runs and its KPIs are measured. */
    public boolean measured() {
        return this == RUNNING || this == REVIEWED || this == EVALUATED || this == REPLICATING;
    }
}
