package vn.sohoa.platform.pilots.service;

import vn.sohoa.platform.pilots.domain.PilotField;
import vn.sohoa.platform.pilots.domain.PilotStatus;

/** What a pilots list shows: every one by default, or those of one status, one field, whose name contains a text. */
public record PilotFilter(PilotStatus status, PilotField field, String search) {

    public static PilotFilter all() {
        return new PilotFilter(null, null, null);
    }
}
