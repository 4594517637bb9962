package io.kumofleet.sim;

import java.time.Instant;
import java.util.UUID;

/** One scheduled-queue suspension (kumod has no routing_domain for these: it is always null). */
record SuspendRule(UUID id, QueueCriteria criteria, String reason, Instant expires) implements CriteriaRule {}
