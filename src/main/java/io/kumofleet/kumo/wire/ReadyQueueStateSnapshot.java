package io.kumofleet.kumo.wire;

/** The operational state of a ready queue as inspect-ready-q reports it. */
public record ReadyQueueStateSnapshot(
        long readyCount,
        long connectionCount,
        QueueState connectionRateThrottled,
        QueueState connectionLimited,
        SuspendReadyQueueV1ListEntry suspended,
        String watchdogThreshold) {}
