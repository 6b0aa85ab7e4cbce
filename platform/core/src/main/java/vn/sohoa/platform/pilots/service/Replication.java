package vn.sohoa.platform.pilots.service;

import java.util.List;

/** What a replication did: the replicas it created, and how many targets already had one and were left alone. */
public record Replication(List<Replica> created, int alreadyReplicated) {}
