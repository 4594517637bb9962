package io.kumofleet.kumo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.kumofleet.kumo.wire.AbortReadyQConnV1Request;
import io.kumofleet.kumo.wire.BounceV1ListEntry;
import io.kumofleet.kumo.wire.BounceV1Request;
import io.kumofleet.kumo.wire.BounceV1Response;
import io.kumofleet.kumo.wire.CancelV1Request;
import io.kumofleet.kumo.wire.InspectMessageV1Response;
import io.kumofleet.kumo.wire.InspectQueueV1Response;
import io.kumofleet.kumo.wire.InspectReadyQV1Response;
import io.kumofleet.kumo.wire.MachineInfoV1;
import io.kumofleet.kumo.wire.ReadyQueueStateResponse;
import io.kumofleet.kumo.wire.RebindV1Request;
import io.kumofleet.kumo.wire.ResolveEgressPathV1Response;
import io.kumofleet.kumo.wire.SetDiagnosticFilterRequest;
import io.kumofleet.kumo.wire.SpoolCompactV1Request;
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
import java.util.function.Function;
import org.jboss.resteasy.reactive.RestResponse;

/** {@link KumoNodeClient} for one node over its REST client, metrics stream and trace sockets. */
final class RestKumoNodeClient implements KumoNodeClient, AutoCloseable {

    private final KumoEndpoint endpoint;
    private final KumodApi api;
    private final KumoAnswers answers;
    private final MetricsStream metrics;
    private final TraceSocket traces;
    private final AutoCloseable resources;

    RestKumoNodeClient(KumoEndpoint endpoint, KumodApi api, KumoAnswers answers, MetricsStream metrics,
            TraceSocket traces, AutoCloseable resources) {
        this.endpoint = endpoint;
        this.api = api;
        this.answers = answers;
        this.metrics = metrics;
        this.traces = traces;
        this.resources = resources;
    }

    @Override
    public KumoEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public Uni<BounceV1Response> bounce(BounceV1Request request) {
        return json("POST /api/admin/bounce/v1", api.bounce(request), new TypeReference<>() {});
    }

    @Override
    public Uni<List<BounceV1ListEntry>> bounceList() {
        return json("GET /api/admin/bounce/v1", api.bounceList(), new TypeReference<>() {});
    }

    @Override
    public Uni<CancelOutcome> bounceCancel(UUID id) {
        return cancel("DELETE /api/admin/bounce/v1", api.bounceCancel(new CancelV1Request(id)));
    }

    @Override
    public Uni<SuspendV1Response> suspend(SuspendV1Request request) {
        return json("POST /api/admin/suspend/v1", api.suspend(request), new TypeReference<>() {});
    }

    @Override
    public Uni<List<SuspendV1ListEntry>> suspendList() {
        return json("GET /api/admin/suspend/v1", api.suspendList(), new TypeReference<>() {});
    }

    @Override
    public Uni<CancelOutcome> suspendCancel(UUID id) {
        return cancel("DELETE /api/admin/suspend/v1", api.suspendCancel(new CancelV1Request(id)));
    }

    @Override
    public Uni<SuspendV1Response> suspendReadyQueue(SuspendReadyQueueV1Request request) {
        return json("POST /api/admin/suspend-ready-q/v1", api.suspendReadyQueue(request), new TypeReference<>() {});
    }

    @Override
    public Uni<List<SuspendReadyQueueV1ListEntry>> suspendReadyQueueList() {
        return json("GET /api/admin/suspend-ready-q/v1", api.suspendReadyQueueList(), new TypeReference<>() {});
    }

    @Override
    public Uni<CancelOutcome> suspendReadyQueueCancel(UUID id) {
        return cancel("DELETE /api/admin/suspend-ready-q/v1", api.suspendReadyQueueCancel(new CancelV1Request(id)));
    }

    @Override
    public Uni<String> setDiagnosticLogFilter(String filter) {
        return call("POST /api/admin/set_diagnostic_log_filter/v1",
                api.setDiagnosticLogFilter(new SetDiagnosticFilterRequest(filter)), answers::text);
    }

    @Override
    public Uni<JsonNode> rebind(RebindV1Request request) {
        return jsonObject("POST /api/admin/rebind/v1", api.rebind(request));
    }

    @Override
    public Uni<JsonNode> xfer(XferV1Request request) {
        return jsonObject("POST /api/admin/xfer/v1", api.xfer(request));
    }

    @Override
    public Uni<JsonNode> xferCancel(XferCancelV1Request request) {
        return jsonObject("POST /api/admin/xfer/cancel/v1", api.xferCancel(request));
    }

    @Override
    public Uni<InspectMessageV1Response> inspectMessage(String spoolId, boolean wantBody) {
        return json("GET /api/admin/inspect-message/v1", api.inspectMessage(spoolId, onlyIfTrue(wantBody)),
                new TypeReference<>() {});
    }

    @Override
    public Uni<InspectQueueV1Response> inspectScheduledQueue(String queueName, boolean wantBody, OptionalInt limit) {
        Integer limitParam = limit.isPresent() ? limit.getAsInt() : null;
        return json("GET /api/admin/inspect-sched-q/v1",
                api.inspectScheduledQueue(queueName, onlyIfTrue(wantBody), limitParam), new TypeReference<>() {});
    }

    @Override
    public Uni<InspectReadyQV1Response> inspectReadyQueue(String queueName, boolean includeScheduledQueues) {
        return json("GET /api/admin/inspect-ready-q/v1",
                api.inspectReadyQueue(queueName, onlyIfTrue(includeScheduledQueues)), new TypeReference<>() {});
    }

    @Override
    public Uni<ReadyQueueStateResponse> readyQueueStates() {
        return json("GET /api/admin/ready-q-states/v1", api.readyQueueStates(), new TypeReference<>() {});
    }

    @Override
    public Uni<ResolveEgressPathV1Response> resolveEgressPath(String domain, Optional<String> source) {
        return json("GET /api/admin/resolve-egress-path/v1", api.resolveEgressPath(domain, source.orElse(null)),
                new TypeReference<>() {});
    }

    @Override
    public Uni<String> abortReadyQueueConnection(AbortReadyQConnV1Request request) {
        return call("POST /api/admin/abort-ready-q-conn/v1", api.abortReadyQueueConnection(request), answers::text);
    }

    @Override
    public Uni<String> spoolCompact(String spoolName) {
        return call("POST /api/admin/spool-compact/v1", api.spoolCompact(new SpoolCompactV1Request(spoolName)),
                answers::text);
    }

    @Override
    public Uni<MachineInfoV1> machineInfo() {
        return json("GET /api/machine-info", api.machineInfo(), new TypeReference<>() {});
    }

    @Override
    public Uni<String> checkLiveness() {
        return call("GET /api/check-liveness/v1", api.checkLiveness(), answers::text);
    }

    @Override
    public Multi<Integer> metrics(BodyChunks chunks) {
        return metrics.open(chunks);
    }

    @Override
    public Multi<String> traceSmtpClient(JsonNode filter) {
        return traces.open(TraceSocket.CLIENT_PATH, filter);
    }

    @Override
    public Multi<String> traceSmtpServer(JsonNode filter) {
        return traces.open(TraceSocket.SERVER_PATH, filter);
    }

    @Override
    public void close() throws Exception {
        resources.close();
    }

    @Override
    public String toString() {
        return "RestKumoNodeClient[" + endpoint + "]";
    }

    private Uni<CancelOutcome> cancel(String operation, Uni<RestResponse<byte[]>> call) {
        return answers.cancel(operation, withDeadline(operation, call));
    }

    private <T> Uni<T> json(String operation, Uni<RestResponse<byte[]>> call, TypeReference<T> type) {
        return call(operation, call, response -> answers.json(operation, response, type));
    }

    private Uni<JsonNode> jsonObject(String operation, Uni<RestResponse<byte[]>> call) {
        return call(operation, call, response -> answers.jsonObject(operation, response));
    }

    private <T> Uni<T> call(String operation, Uni<RestResponse<byte[]>> call, Function<RestResponse<byte[]>, T> read) {
        return withDeadline(operation, call).map(read).onFailure().transform(failure -> answers.failure(operation, failure));
    }

    /** The REST client's read timeout ends with the headers; a stalled body must not hang the call. */
    private Uni<RestResponse<byte[]>> withDeadline(String operation, Uni<RestResponse<byte[]>> call) {
        return call.ifNoItem().after(endpoint.timeout()).failWith(() -> answers.timedOut(operation, "gave no complete answer"));
    }

    /** kcli sends these flags only when set. */
    private static Boolean onlyIfTrue(boolean flag) {
        return flag ? Boolean.TRUE : null;
    }
}
