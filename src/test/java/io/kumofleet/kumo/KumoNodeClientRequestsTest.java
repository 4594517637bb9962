package io.kumofleet.kumo;

import static io.kumofleet.support.KumodSamples.JSON;
import static io.kumofleet.support.KumodSamples.OTHER_ID;
import static io.kumofleet.support.KumodSamples.READY_QUEUE;
import static io.kumofleet.support.KumodSamples.RULE_ID;
import static io.kumofleet.support.KumodSamples.SPOOL_ID;
import static io.kumofleet.support.KumodSamples.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumofleet.contract.KumodSchema;
import io.kumofleet.kumo.wire.AbortReadyQConnV1Request;
import io.kumofleet.kumo.wire.BounceV1Request;
import io.kumofleet.kumo.wire.RebindV1Request;
import io.kumofleet.kumo.wire.SuspendReadyQueueV1Request;
import io.kumofleet.kumo.wire.SuspendV1Request;
import io.kumofleet.kumo.wire.XferCancelV1Request;
import io.kumofleet.kumo.wire.XferV1Request;
import io.kumofleet.support.FakeKumod.Request;
import io.kumofleet.support.FakeKumodClient;
import io.kumofleet.support.HangGuard;
import io.kumofleet.support.KumodSamples;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every endpoint: what goes on the wire (checked against kumod's API document) and what comes back. */
@QuarkusTest
class KumoNodeClientRequestsTest {

    private static final UUID ID = UUID.fromString(RULE_ID);

    @Inject
    ObjectMapper mapper;

    @RegisterExtension
    final FakeKumodClient kumod = FakeKumodClient.of("node-1", Credentials.none());

    @Test
    void bounceSendsKcliBodyAndReadsTheId() throws Exception {
        kumod.fake().answer("POST", "/api/admin/bounce/v1", 200, JSON, KumodSamples.BOUNCE);
        var request = new BounceV1Request(null, null, "example.com", null, "purge", "10m", null, false, null);
        assertEquals(ID, await(kumod.client().bounce(request)).id());
        Request sent = sent("POST", "/api/admin/bounce/v1");
        assertJsonBody(sent, "{\"campaign\":null,\"tenant\":null,\"domain\":\"example.com\",\"routing_domain\":null,"
                + "\"reason\":\"purge\",\"duration\":\"10m\",\"suppress_logging\":false}");
    }

    @Test
    void bounceSendsExpiresAndQueueNamesWhenGiven() throws Exception {
        kumod.fake().answer("POST", "/api/admin/bounce/v1", 200, JSON, KumodSamples.BOUNCE);
        var request = new BounceV1Request(null, null, null, null, "r", null, Instant.parse("2026-06-19T13:42:17Z"),
                true, List.of("t@example.com"));
        await(kumod.client().bounce(request));
        assertJsonBody(sent("POST", "/api/admin/bounce/v1"), "{\"campaign\":null,\"tenant\":null,\"domain\":null,"
                + "\"routing_domain\":null,\"reason\":\"r\",\"expires\":\"2026-06-19T13:42:17Z\",\"suppress_logging\":true,"
                + "\"queue_names\":[\"t@example.com\"]}");
    }

    @Test
    void listsAreGetsWithoutBody() throws Exception {
        kumod.fake().answer("GET", "/api/admin/bounce/v1", 200, JSON, KumodSamples.BOUNCE_LIST)
                .answer("GET", "/api/admin/suspend/v1", 200, JSON, KumodSamples.SUSPEND_LIST)
                .answer("GET", "/api/admin/suspend-ready-q/v1", 200, JSON, KumodSamples.SUSPEND_READY_Q_LIST);
        var bounces = await(kumod.client().bounceList());
        assertNoBody(sent("GET", "/api/admin/bounce/v1"));
        assertEquals(ID, bounces.get(0).id());
        assertEquals("4m 50s 207ms 320us 231ns", bounces.get(0).duration());
        assertEquals(Map.of("example.com", 1234567L), bounces.get(0).bounced());
        assertEquals("t", await(kumod.client().suspendList()).get(0).tenant());
        assertNoBody(sent("GET", "/api/admin/suspend/v1"));
        var readyQ = await(kumod.client().suspendReadyQueueList()).get(0);
        assertNoBody(sent("GET", "/api/admin/suspend-ready-q/v1"));
        assertEquals(READY_QUEUE, readyQ.name());
        assertEquals(Instant.parse("2026-06-19T13:42:17.123456Z"), readyQ.expires());
    }

    @Test
    void cancelsAreDeletesWithAJsonBody() throws Exception {
        kumod.fake().answer("DELETE", "/api/admin/bounce/v1", 200, TEXT, "removed " + RULE_ID)
                .answer("DELETE", "/api/admin/suspend/v1", 200, TEXT, "removed " + RULE_ID)
                .answer("DELETE", "/api/admin/suspend-ready-q/v1", 404, TEXT, "suspend-ready-q entry " + RULE_ID + " not found");
        assertEquals(new CancelOutcome.Removed("removed " + RULE_ID), await(kumod.client().bounceCancel(ID)));
        assertJsonBody(sent("DELETE", "/api/admin/bounce/v1"), "{\"id\":\"" + RULE_ID + "\"}");
        assertEquals(new CancelOutcome.Removed("removed " + RULE_ID), await(kumod.client().suspendCancel(ID)));
        assertJsonBody(sent("DELETE", "/api/admin/suspend/v1"), "{\"id\":\"" + RULE_ID + "\"}");
        assertEquals(new CancelOutcome.NotFound("suspend-ready-q entry " + RULE_ID + " not found"),
                await(kumod.client().suspendReadyQueueCancel(ID)));
        assertJsonBody(sent("DELETE", "/api/admin/suspend-ready-q/v1"), "{\"id\":\"" + RULE_ID + "\"}");
    }

    @Test
    void suspensionsSendTheirBodies() throws Exception {
        kumod.fake().answer("POST", "/api/admin/suspend/v1", 200, JSON, KumodSamples.SUSPEND)
                .answer("POST", "/api/admin/suspend-ready-q/v1", 200, JSON, KumodSamples.SUSPEND);
        assertEquals(ID, await(kumod.client().suspend(new SuspendV1Request(null, "t", null, "pause", "2h", null, null))).id());
        assertJsonBody(sent("POST", "/api/admin/suspend/v1"),
                "{\"campaign\":null,\"tenant\":\"t\",\"domain\":null,\"reason\":\"pause\",\"duration\":\"2h\"}");
        assertEquals(ID, await(kumod.client().suspendReadyQueue(new SuspendReadyQueueV1Request(READY_QUEUE, "pause", null, null)))
                .id());
        assertJsonBody(sent("POST", "/api/admin/suspend-ready-q/v1"),
                "{\"name\":\"" + READY_QUEUE + "\",\"reason\":\"pause\"}");
    }

    @Test
    void textPostsAnswerTheNodesText() throws Exception {
        kumod.fake().answer("POST", "/api/admin/set_diagnostic_log_filter/v1", 200, null, "")
                .answer("POST", "/api/admin/spool-compact/v1", 200, null, "")
                .answer("POST", "/api/admin/abort-ready-q-conn/v1", 200, TEXT, "aborted " + OTHER_ID);
        assertEquals("", await(kumod.client().setDiagnosticLogFilter("kumod=debug")));
        assertJsonBody(sent("POST", "/api/admin/set_diagnostic_log_filter/v1"), "{\"filter\":\"kumod=debug\"}");
        assertEquals("", await(kumod.client().spoolCompact("data")));
        assertJsonBody(sent("POST", "/api/admin/spool-compact/v1"), "{\"name\":\"data\"}");
        var abort = new AbortReadyQConnV1Request(READY_QUEUE, UUID.fromString(OTHER_ID));
        assertEquals("aborted " + OTHER_ID, await(kumod.client().abortReadyQueueConnection(abort)));
        assertJsonBody(sent("POST", "/api/admin/abort-ready-q-conn/v1"),
                "{\"queue_name\":\"" + READY_QUEUE + "\",\"session_id\":\"" + OTHER_ID + "\"}");
    }

    @Test
    void rebindAndXferAnswerAnEmptyObject() throws Exception {
        kumod.fake().answer("POST", "/api/admin/rebind/v1", 200, JSON, "{}")
                .answer("POST", "/api/admin/xfer/v1", 200, JSON, "{}")
                .answer("POST", "/api/admin/xfer/cancel/v1", 200, JSON, "{}");
        var rebind = new RebindV1Request(null, null, "example.com", null, "r", false, Map.of("queue", "foo.com"), false, false);
        assertTrue(await(kumod.client().rebind(rebind)).isEmpty());
        assertJsonBody(sent("POST", "/api/admin/rebind/v1"), "{\"campaign\":null,\"tenant\":null,\"domain\":\"example.com\","
                + "\"routing_domain\":null,\"reason\":\"r\",\"suppress_logging\":false,\"data\":{\"queue\":\"foo.com\"},"
                + "\"trigger_rebind_event\":false,\"always_flush\":false}");
        await(kumod.client().xfer(new XferV1Request(null, null, "example.com", null, "r", "http://10.0.0.1:8000/", null)));
        assertJsonBody(sent("POST", "/api/admin/xfer/v1"), "{\"campaign\":null,\"tenant\":null,\"domain\":\"example.com\","
                + "\"routing_domain\":null,\"reason\":\"r\",\"target\":\"http://10.0.0.1:8000/\"}");
        String xferQueue = "http://10.0.0.1:8000/.xfer.kumomta.internal";
        await(kumod.client().xferCancel(new XferCancelV1Request(xferQueue, "r")));
        assertJsonBody(sent("POST", "/api/admin/xfer/cancel/v1"), "{\"queue_name\":\"" + xferQueue + "\",\"reason\":\"r\"}");
    }

    @Test
    void inspectMessageSendsWantBodyOnlyWhenTrue() throws Exception {
        kumod.fake().answer("GET", "/api/admin/inspect-message/v1", 200, JSON, KumodSamples.INSPECT_MESSAGE);
        assertEquals("a@example.com", await(kumod.client().inspectMessage(SPOOL_ID, false)).message().sender());
        assertQuery(sent("GET", "/api/admin/inspect-message/v1"), Map.of("id", List.of(SPOOL_ID)));
        await(kumod.client().inspectMessage(SPOOL_ID, true));
        assertQuery(sent("GET", "/api/admin/inspect-message/v1"), Map.of("id", List.of(SPOOL_ID), "want_body", List.of("true")));
    }

    @Test
    void inspectScheduledQueueSendsLimitOnlyWhenGiven() throws Exception {
        kumod.fake().answer("GET", "/api/admin/inspect-sched-q/v1", 200, JSON, KumodSamples.INSPECT_SCHED_Q);
        var answer = await(kumod.client().inspectScheduledQueue("t@example.com", false, OptionalInt.empty()));
        assertEquals(1, answer.numScheduled());
        assertEquals(SPOOL_ID, answer.messages().get(0).id());
        assertQuery(sent("GET", "/api/admin/inspect-sched-q/v1"), Map.of("queue_name", List.of("t@example.com")));
        await(kumod.client().inspectScheduledQueue("t@example.com", true, OptionalInt.of(5)));
        assertQuery(sent("GET", "/api/admin/inspect-sched-q/v1"), Map.of("queue_name", List.of("t@example.com"),
                "want_body", List.of("true"), "limit", List.of("5")));
    }

    @Test
    void inspectReadyQueueEncodesTheQueueName() throws Exception {
        kumod.fake().answer("GET", "/api/admin/inspect-ready-q/v1", 200, JSON, KumodSamples.INSPECT_READY_Q);
        String awkward = "src with space+plus&amp=eq->(a|b)?.mx.example.com@smtp_client";
        var answer = await(kumod.client().inspectReadyQueue(awkward, true));
        assertEquals(4, answer.dispatchers().size());
        assertEquals(List.of("t@gmail.com", "gmail.com"), answer.scheduledQueueNames());
        assertQuery(sent("GET", "/api/admin/inspect-ready-q/v1"), Map.of("queue_name", List.of(awkward),
                "include_scheduled_queues", List.of("true")));
        await(kumod.client().inspectReadyQueue(READY_QUEUE, false));
        assertQuery(sent("GET", "/api/admin/inspect-ready-q/v1"), Map.of("queue_name", List.of(READY_QUEUE)));
    }

    @Test
    void readyQueueStatesAndResolveEgressPath() throws Exception {
        kumod.fake().answer("GET", "/api/admin/ready-q-states/v1", 200, JSON, KumodSamples.READY_Q_STATES)
                .answer("GET", "/api/admin/resolve-egress-path/v1", 200, JSON, KumodSamples.RESOLVE_EGRESS_PATH);
        var states = await(kumod.client().readyQueueStates());
        assertEquals("TooManyLeases for queue", states.statesByReadyQueue().get(READY_QUEUE).get("connection_limited").context());
        assertNull(sent("GET", "/api/admin/ready-q-states/v1").rawQuery());
        assertEquals("unspecified->gmail.com@smtp_client",
                await(kumod.client().resolveEgressPath("gmail.com", Optional.empty())).queueName());
        assertQuery(sent("GET", "/api/admin/resolve-egress-path/v1"), Map.of("domain", List.of("gmail.com")));
        await(kumod.client().resolveEgressPath("gmail.com", Optional.of("my-source")));
        assertQuery(sent("GET", "/api/admin/resolve-egress-path/v1"),
                Map.of("domain", List.of("gmail.com"), "source", List.of("my-source")));
    }

    @Test
    void machineInfoAndLiveness() throws Exception {
        kumod.fake().answer("GET", "/api/machine-info", 200, JSON, KumodSamples.MACHINE_INFO)
                .answer("GET", "/api/check-liveness/v1", 200, null, "OK");
        var info = await(kumod.client().machineInfo());
        assertEquals("9745bb48-14d7-48f2-a1fb-7df8d5844217", info.nodeId());
        assertEquals(Instant.parse("2026-06-19T13:00:00Z"), info.onlineSince());
        assertNoBody(sent("GET", "/api/machine-info"));
        assertEquals("OK", await(kumod.client().checkLiveness()));
        assertNoBody(sent("GET", "/api/check-liveness/v1"));
    }

    @Test
    void sendsBasicCredentialsPreemptively() throws Exception {
        assertCredentialsSent(new Credentials.Basic("daniel", "s3cret:pw"), "Basic ZGFuaWVsOnMzY3JldDpwdw==");
    }

    @Test
    void sendsBearerTokenPreemptively() throws Exception {
        assertCredentialsSent(new Credentials.Bearer("tok-123"), "Bearer tok-123");
    }

    @Test
    void sendsNoAuthorizationWithoutCredentials() throws Exception {
        kumod.fake().answer("GET", "/api/admin/bounce/v1", 200, JSON, "[]");
        await(kumod.client().bounceList());
        assertNull(sent("GET", "/api/admin/bounce/v1").authorization());
    }

    @Test
    void ignoresThePathOfTheEndpointAndTakesCredentialsFromItsUserInfo() throws Exception {
        kumod.fake().answer("GET", "/api/admin/bounce/v1", 200, JSON, "[]");
        var url = java.net.URI.create("http://daniel:pa%3Ass@" + kumod.fake().uri().getAuthority() + "/some/prefix/");
        KumoNodeClient other = kumod.client(new KumoEndpoint("node-2", url, Credentials.none(),
                Duration.ofSeconds(10), false, Optional.empty()));
        await(other.bounceList());
        Request sent = sent("GET", "/api/admin/bounce/v1");
        assertEquals("Basic ZGFuaWVsOnBhOnNz", sent.authorization());
    }

    private void assertCredentialsSent(Credentials credentials, String expected) throws Exception {
        kumod.fake().answer("GET", "/api/admin/bounce/v1", 200, JSON, "[]")
                .answer("DELETE", "/api/admin/bounce/v1", 404, TEXT, "bounce entry " + RULE_ID + " not found")
                .answer("POST", "/api/admin/set_diagnostic_log_filter/v1", 200, null, "");
        KumoNodeClient authenticated = kumod.client("node-2", credentials, Duration.ofSeconds(10));
        await(authenticated.bounceList());
        assertEquals(expected, sent("GET", "/api/admin/bounce/v1").authorization());
        await(authenticated.bounceCancel(ID));
        assertEquals(expected, sent("DELETE", "/api/admin/bounce/v1").authorization());
        await(authenticated.setDiagnosticLogFilter("info"));
        assertEquals(expected, sent("POST", "/api/admin/set_diagnostic_log_filter/v1").authorization());
    }

    private static <T> T await(Uni<T> uni) {
        return uni.await().atMost(HangGuard.LIMIT);
    }

    /** The next request the fake received: method, path and everything about it valid per kumod's document. */
    private Request sent(String method, String path) throws InterruptedException {
        Request sent = kumod.fake().next();
        assertEquals(method + " " + path, sent.method() + " " + sent.path());
        assertEquals(List.of(), KumodSchema.load().validateRequest(sent.method(), sent.target(), sent.contentType(),
                sent.authorization(), sent.body()));
        return sent;
    }

    private void assertJsonBody(Request sent, String expected) throws Exception {
        assertEquals("application/json", sent.contentType());
        assertEquals(mapper.readTree(expected), mapper.readTree(sent.body()));
    }

    /** No kcli-style {@code null} body and no Content-Type on a GET. */
    private static void assertNoBody(Request sent) {
        assertEquals("", sent.body());
        assertNull(sent.contentType());
    }

    private static void assertQuery(Request sent, Map<String, List<String>> expected) {
        assertNoBody(sent);
        assertEquals(expected, sent.query());
    }
}
