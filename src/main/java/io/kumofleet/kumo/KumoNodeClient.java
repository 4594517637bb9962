package io.kumofleet.kumo;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumofleet.kumo.wire.AbortReadyQConnV1Request;
import io.kumofleet.kumo.wire.BounceV1ListEntry;
import io.kumofleet.kumo.wire.BounceV1Request;
import io.kumofleet.kumo.wire.BounceV1Response;
import io.kumofleet.kumo.wire.InspectMessageV1Response;
import io.kumofleet.kumo.wire.InspectQueueV1Response;
import io.kumofleet.kumo.wire.InspectReadyQV1Response;
import io.kumofleet.kumo.wire.MachineInfoV1;
import io.kumofleet.kumo.wire.ReadyQueueStateResponse;
import io.kumofleet.kumo.wire.RebindV1Request;
import io.kumofleet.kumo.wire.ResolveEgressPathV1Response;
import io.kumofleet.kumo.wire.SuspendReadyQueueV1ListEntry;
import io.kumofleet.kumo.wire.SuspendReadyQueueV1Request;
import io.kumofleet.kumo.wire.SuspendV1ListEntry;
import io.kumofleet.kumo.wire.SuspendV1Request;
import io.kumofleet.kumo.wire.SuspendV1Response;
import io.kumofleet.kumo.wire.XferCancelV1Request;
import io.kumofleet.kumo.wire.XferV1Request;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * One kumod node's admin API, one method per endpoint. Every failure arrives as a
 * {@link KumoException} naming the node: a non-2xx answer, an unreachable node, or a 2xx whose
 * body is not what kumod's API document says.
 */
public interface KumoNodeClient {

    /** The node this client talks to. */
    KumoEndpoint endpoint();

    /** {@code POST /api/admin/bounce/v1}. */
    Uni<BounceV1Response> bounce(BounceV1Request request);

    /** {@code GET /api/admin/bounce/v1}. */
    Uni<List<BounceV1ListEntry>> bounceList();

    /** {@code DELETE /api/admin/bounce/v1}; a 404 is {@link CancelOutcome.NotFound}, not an error. */
    Uni<CancelOutcome> bounceCancel(UUID id);

    /** {@code POST /api/admin/suspend/v1}. */
    Uni<SuspendV1Response> suspend(SuspendV1Request request);

    /** {@code GET /api/admin/suspend/v1} (an array, whatever the API document says). */
    Uni<List<SuspendV1ListEntry>> suspendList();

    /** {@code DELETE /api/admin/suspend/v1}. */
    Uni<CancelOutcome> suspendCancel(UUID id);

    /** {@code POST /api/admin/suspend-ready-q/v1}. */
    Uni<SuspendV1Response> suspendReadyQueue(SuspendReadyQueueV1Request request);

    /** {@code GET /api/admin/suspend-ready-q/v1} (an array). */
    Uni<List<SuspendReadyQueueV1ListEntry>> suspendReadyQueueList();

    /** {@code DELETE /api/admin/suspend-ready-q/v1}. */
    Uni<CancelOutcome> suspendReadyQueueCancel(UUID id);

    /** {@code POST /api/admin/set_diagnostic_log_filter/v1}; the node's text answer (usually empty). */
    Uni<String> setDiagnosticLogFilter(String filter);

    /** {@code POST /api/admin/rebind/v1}; kumod answers {@code {}}. */
    Uni<JsonNode> rebind(RebindV1Request request);

    /** {@code POST /api/admin/xfer/v1}; kumod answers {@code {}}. */
    Uni<JsonNode> xfer(XferV1Request request);

    /** {@code POST /api/admin/xfer/cancel/v1}; kumod answers {@code {}}. */
    Uni<JsonNode> xferCancel(XferCancelV1Request request);

    /** {@code GET /api/admin/inspect-message/v1?id=…[&want_body=true]}. */
    Uni<InspectMessageV1Response> inspectMessage(String spoolId, boolean wantBody);

    /** {@code GET /api/admin/inspect-sched-q/v1?queue_name=…[&want_body=true][&limit=N]}. */
    Uni<InspectQueueV1Response> inspectScheduledQueue(String queueName, boolean wantBody, OptionalInt limit);

    /** {@code GET /api/admin/inspect-ready-q/v1?queue_name=…[&include_scheduled_queues=true]}. */
    Uni<InspectReadyQV1Response> inspectReadyQueue(String queueName, boolean includeScheduledQueues);

    /** {@code GET /api/admin/ready-q-states/v1} (never with the broken {@code queues} parameter). */
    Uni<ReadyQueueStateResponse> readyQueueStates();

    /** {@code GET /api/admin/resolve-egress-path/v1?domain=…[&source=…]}. */
    Uni<ResolveEgressPathV1Response> resolveEgressPath(String domain, Optional<String> source);

    /** {@code POST /api/admin/abort-ready-q-conn/v1}; the node's text ({@code aborted <id>}). */
    Uni<String> abortReadyQueueConnection(AbortReadyQConnV1Request request);

    /** {@code POST /api/admin/spool-compact/v1}; the node's text answer (usually empty). */
    Uni<String> spoolCompact(String spoolName);

    /** {@code GET /api/machine-info}. */
    Uni<MachineInfoV1> machineInfo();

    /** {@code GET /api/check-liveness/v1}; a 503 fails with the node's reason as the body. */
    Uni<String> checkLiveness();

    /**
     * {@code GET /metrics}: the Prometheus text handed to {@code chunks} as it arrives, chunk by chunk,
     * never buffered whole, on a thread of its own; the items count the bytes {@code chunks} took since the
     * previous item (at least one item per tenth of a second while the body flows).
     */
    Multi<Integer> metrics(BodyChunks chunks);

    /** {@code GET /api/admin/trace-smtp-client/v1} (WebSocket): sends the filter, streams event frames. */
    Multi<String> traceSmtpClient(JsonNode filter);

    /** {@code GET /api/admin/trace-smtp-server/v1} (WebSocket): sends the filter, streams event frames. */
    Multi<String> traceSmtpServer(JsonNode filter);
}
