package vn.sohoa.admin.tenants.api;

import jakarta.validation.constraints.Size;

/** The optional body of a suspension, reactivation or archiving: why. */
public record StatusChangeRequest(@Size(max = 500) String reason) {

    /** The reason as stored: trimmed, and none when blank. */
    String stored() {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
