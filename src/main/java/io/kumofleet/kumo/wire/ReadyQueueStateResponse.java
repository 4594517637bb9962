package io.kumofleet.kumo.wire;

import java.util.Map;

/** Ready-queue states by queue name, then by state name; only queues with a state appear. */
public record ReadyQueueStateResponse(Map<String, Map<String, QueueState>> statesByReadyQueue) {}
