package io.kumofleet.kumo;

import io.kumofleet.kumo.wire.AbortReadyQConnV1Request;
import io.kumofleet.kumo.wire.BounceV1Request;
import io.kumofleet.kumo.wire.CancelV1Request;
import io.kumofleet.kumo.wire.RebindV1Request;
import io.kumofleet.kumo.wire.SetDiagnosticFilterRequest;
import io.kumofleet.kumo.wire.SpoolCompactV1Request;
import io.kumofleet.kumo.wire.SuspendReadyQueueV1Request;
import io.kumofleet.kumo.wire.SuspendV1Request;
import io.kumofleet.kumo.wire.XferCancelV1Request;
import io.kumofleet.kumo.wire.XferV1Request;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * kumod's admin HTTP API as a Quarkus REST Client, one method per endpoint. A 2xx answers its raw
 * bytes and a non-2xx fails with the REST client's {@code WebApplicationException}; {@link KumoAnswers}
 * turns both into values or {@link KumoException}s in one place (reading bytes is how a 2xx with a
 * bad body can be quoted). {@code /metrics} and the trace WebSockets are not here: see
 * {@link MetricsStream} and {@link TraceSocket}.
 */
@Path("/api")
@Consumes(MediaType.APPLICATION_JSON)
interface KumodApi {

    @POST
    @Path("/admin/bounce/v1")
    Uni<RestResponse<byte[]>> bounce(BounceV1Request request);

    @GET
    @Path("/admin/bounce/v1")
    Uni<RestResponse<byte[]>> bounceList();

    @DELETE
    @Path("/admin/bounce/v1")
    Uni<RestResponse<byte[]>> bounceCancel(CancelV1Request request);

    @POST
    @Path("/admin/suspend/v1")
    Uni<RestResponse<byte[]>> suspend(SuspendV1Request request);

    @GET
    @Path("/admin/suspend/v1")
    Uni<RestResponse<byte[]>> suspendList();

    @DELETE
    @Path("/admin/suspend/v1")
    Uni<RestResponse<byte[]>> suspendCancel(CancelV1Request request);

    @POST
    @Path("/admin/suspend-ready-q/v1")
    Uni<RestResponse<byte[]>> suspendReadyQueue(SuspendReadyQueueV1Request request);

    @GET
    @Path("/admin/suspend-ready-q/v1")
    Uni<RestResponse<byte[]>> suspendReadyQueueList();

    @DELETE
    @Path("/admin/suspend-ready-q/v1")
    Uni<RestResponse<byte[]>> suspendReadyQueueCancel(CancelV1Request request);

    @POST
    @Path("/admin/set_diagnostic_log_filter/v1")
    Uni<RestResponse<byte[]>> setDiagnosticLogFilter(SetDiagnosticFilterRequest request);

    @POST
    @Path("/admin/rebind/v1")
    Uni<RestResponse<byte[]>> rebind(RebindV1Request request);

    @POST
    @Path("/admin/xfer/v1")
    Uni<RestResponse<byte[]>> xfer(XferV1Request request);

    @POST
    @Path("/admin/xfer/cancel/v1")
    Uni<RestResponse<byte[]>> xferCancel(XferCancelV1Request request);

    /** {@code wantBody} null leaves the parameter out, as kcli does unless it is true. */
    @GET
    @Path("/admin/inspect-message/v1")
    Uni<RestResponse<byte[]>> inspectMessage(@QueryParam("id") String id, @QueryParam("want_body") Boolean wantBody);

    @GET
    @Path("/admin/inspect-sched-q/v1")
    Uni<RestResponse<byte[]>> inspectScheduledQueue(
            @QueryParam("queue_name") String queueName,
            @QueryParam("want_body") Boolean wantBody,
            @QueryParam("limit") Integer limit);

    @GET
    @Path("/admin/inspect-ready-q/v1")
    Uni<RestResponse<byte[]>> inspectReadyQueue(
            @QueryParam("queue_name") String queueName,
            @QueryParam("include_scheduled_queues") Boolean includeScheduledQueues);

    @GET
    @Path("/admin/ready-q-states/v1")
    Uni<RestResponse<byte[]>> readyQueueStates();

    @GET
    @Path("/admin/resolve-egress-path/v1")
    Uni<RestResponse<byte[]>> resolveEgressPath(@QueryParam("domain") String domain, @QueryParam("source") String source);

    @POST
    @Path("/admin/abort-ready-q-conn/v1")
    Uni<RestResponse<byte[]>> abortReadyQueueConnection(AbortReadyQConnV1Request request);

    @POST
    @Path("/admin/spool-compact/v1")
    Uni<RestResponse<byte[]>> spoolCompact(SpoolCompactV1Request request);

    @GET
    @Path("/machine-info")
    Uni<RestResponse<byte[]>> machineInfo();

    @GET
    @Path("/check-liveness/v1")
    Uni<RestResponse<byte[]>> checkLiveness();
}
