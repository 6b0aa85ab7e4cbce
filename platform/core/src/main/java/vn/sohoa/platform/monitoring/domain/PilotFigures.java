package vn.sohoa.platform.monitoring.domain;

import java.util.List;

/**
 * Pilot models over a subtree: how many, by stage (status) and by field, how many were recognised, how many are
 * replicas of another unit's pilot, and the newest replicas with their progress (KPIs reaching their target).
 */
public record PilotFigures(long pilots, long recognised, long replicas, List<Count> byStage, List<Count> byField,
                           List<Replica> newestReplicas) {

    public PilotFigures {
        byStage = List.copyOf(byStage);
        byField = List.copyOf(byField);
        newestReplicas = List.copyOf(newestReplicas);
    }

    /** Pilots of one stage or field. */
    public record Count(String key, long pilots) {}

    /** A replica with the unit it copies and how many of its KPIs reached their target. */
    public record Replica(String tenantCode, String tenantName, long pilotId, String name, String status,
                          String sourceTenant, int kpisReached, int kpis) {}
}
