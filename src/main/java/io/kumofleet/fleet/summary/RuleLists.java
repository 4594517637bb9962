package io.kumofleet.fleet.summary;

import io.kumofleet.kumo.wire.BounceV1ListEntry;
import io.kumofleet.kumo.wire.ReadyQueueStateResponse;
import io.kumofleet.kumo.wire.SuspendReadyQueueV1ListEntry;
import io.kumofleet.kumo.wire.SuspendV1ListEntry;
import java.util.List;

/** What kcli's queue-summary reads from a node besides its metrics: its rules and ready-queue states. */
record RuleLists(
        List<BounceV1ListEntry> bounces,
        List<SuspendV1ListEntry> suspensions,
        List<SuspendReadyQueueV1ListEntry> readyQueueSuspensions,
        ReadyQueueStateResponse states) {}
