package vn.sohoa.platform.pilots.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.sohoa.platform.pilots.domain.PilotField;
import vn.sohoa.platform.pilots.domain.PilotStatus;

/**
 * The pilots of a tenant and every tenant below it: how many there are, by status and by field, how many
 * are recognised and how many are replicas, and the best evaluated ones.
 */
public record PilotOverview(long total, Map<PilotStatus, Long> byStatus, Map<PilotField, Long> byField,
                            long recognised, long replicas, List<TopPilot> top) {

    /** An evaluated pilot with its tenant, total points and level. */
    public record TopPilot(String tenantCode, String tenantName, long pilotId, String name, PilotField field,
                           BigDecimal totalPoints, String level, boolean recognised) {}
}
