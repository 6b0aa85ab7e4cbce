package vn.sohoa.platform.pilots.service;

import vn.sohoa.platform.pilots.domain.PilotStatus;

/** A replica of a pilot, in the tenant where it runs: its state and how many of its KPIs reach their target. */
public record Replica(String tenantCode, String tenantName, long pilotId, PilotStatus status, int kpisReached, int kpis) {}
