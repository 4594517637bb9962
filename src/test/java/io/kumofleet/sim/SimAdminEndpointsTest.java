package io.kumofleet.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Log filter, spool-compact, epoch, identity, rebind, xfer, abort, and the inspect endpoints. */
class SimAdminEndpointsTest extends SimTestBase {

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void assertEmpty200(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response::body);
        assertEquals("", response.body());
        assertTrue(response.headers().firstValue("content-type").isEmpty());
    }

    @Test
    void setLogFilterRemembersValidFiltersAndRejectsBadOnesWith500() {
        assertEquals("kumod=info", node.logFilter());
        assertEmpty200(post("/api/admin/set_diagnostic_log_filter/v1", "{\"filter\":\"kumod=debug,kumo_server_common=info\"}"));
        assertEquals("kumod=debug,kumo_server_common=info", node.logFilter());
        assertText(500, "Error: parsing log filter 'kumod=verbose': invalid filter directive",
                post("/api/admin/set_diagnostic_log_filter/v1", "{\"filter\":\"kumod=verbose\"}"));
        assertEquals("kumod=debug,kumo_server_common=info", node.logFilter());
        assertEmpty200(post("/api/admin/set_diagnostic_log_filter/v1", "{\"filter\":\"warn\"}"));
        assertEquals("warn", node.logFilter());
    }

    @Test
    void spoolCompactKnowsDataAndMeta() {
        assertEmpty200(post("/api/admin/spool-compact/v1", "{\"name\":\"data\"}"));
        assertEmpty200(post("/api/admin/spool-compact/v1", "{\"name\":\"meta\"}"));
        assertText(500, "Error: no spool named 'logs' has been defined",
                post("/api/admin/spool-compact/v1", "{\"name\":\"logs\"}"));
    }

    @Test
    void bumpConfigEpochCounts() {
        assertEmpty200(post("/api/admin/bump-config-epoch", ""));
        assertEmpty200(post("/api/admin/bump-config-epoch", "{}"));
        assertEquals(2, node.configEpoch());
    }

    @Test
    void machineInfoIdentifiesAKumodNode() {
        JsonNode info = ok(kcliGet("/api/machine-info"));
        assertEquals(node.nodeId(), info.get("node_id").asText());
        assertEquals("kumod", info.get("process_kind").asText());
        assertEquals(SimNodeOptions.DEFAULT_VERSION, info.get("version").asText());
        assertEquals(START, Instant.parse(info.get("online_since").asText()));
        assertEquals("2026-06-19T13:42:17Z", info.get("online_since").asText());
        assertTrue(info.get("container_runtime").isNull());
        assertEquals("linux/x86_64", info.get("platform").asText());
    }

    @Test
    void rebindAnswersAnEmptyObject() {
        assertEquals("{}", ok(post("/api/admin/rebind/v1", "{\"campaign\":null,\"tenant\":null,\"domain\":\"example.com\","
                + "\"routing_domain\":null,\"reason\":\"r\",\"suppress_logging\":false,\"data\":{\"queue\":\"foo.com\"},"
                + "\"trigger_rebind_event\":false,\"always_flush\":false}")).toString());
    }

    @Test
    void xferMovesMessagesToAnXferQueueAndCancelPutsThemBack() {
        long yahoo = node.queues().messageCount("yahoo.com");
        assertTrue(yahoo > 0);
        assertEquals("{}", ok(post("/api/admin/xfer/v1", "{\"domain\":\"yahoo.com\",\"reason\":\"r\","
                + "\"target\":\"http://10.0.0.1:8000\"}")).toString());
        String xferQueue = "http://10.0.0.1:8000/.xfer.kumomta.internal";
        assertEquals(0, node.queues().messageCount("yahoo.com"));
        assertTrue(node.queues().scheduledCount(xferQueue) >= yahoo);
        assertTrue(get("/metrics").body().contains("scheduled_count{queue=\"" + xferQueue + "\"} "));

        assertText(400, "Error: yahoo.com is not an xfer queue",
                post("/api/admin/xfer/cancel/v1", "{\"queue_name\":\"yahoo.com\",\"reason\":\"r\"}"));
        assertText(404, "Error: http://10.9.9.9:8000/.xfer.kumomta.internal is not a current scheduled queue",
                post("/api/admin/xfer/cancel/v1", "{\"queue_name\":\"http://10.9.9.9:8000/.xfer.kumomta.internal\","
                        + "\"reason\":\"r\"}"));
        assertEquals("{}", ok(post("/api/admin/xfer/cancel/v1", "{\"queue_name\":\"" + xferQueue + "\",\"reason\":\"r\"}"))
                .toString());
        assertEquals(-1, node.queues().scheduledCount(xferQueue));
        assertTrue(node.queues().messageCount("yahoo.com") > 0, "messages went back");
    }

    @Test
    void inspectSchedQSamplesMessagesThatInspectMessageFinds() {
        assertText(404, "Error: no such queue nope.example", get("/api/admin/inspect-sched-q/v1?queue_name=nope.example"));
        assertEquals(400, get("/api/admin/inspect-sched-q/v1").statusCode());
        assertText(400, "Failed to deserialize query string: invalid digit found in string",
                get("/api/admin/inspect-sched-q/v1?queue_name=gmail.com&limit=ten"));

        long waiting = node.queues().scheduledCount("gmail.com");
        JsonNode sample = ok(get("/api/admin/inspect-sched-q/v1?queue_name=gmail.com&limit=3"));
        assertEquals("gmail.com", sample.get("queue_name").asText());
        assertEquals(waiting, sample.get("num_scheduled").asLong());
        assertEquals(Math.min(3, waiting), sample.get("messages").size());
        JsonNode first = sample.get("messages").get(0);
        String id = first.get("id").asText();
        assertTrue(id.matches("[0-9a-f]{32}"), id);
        assertTrue(first.get("message").has("due") && first.get("message").has("num_attempts"));

        JsonNode message = ok(get("/api/admin/inspect-message/v1?id=" + id));
        assertEquals(id, message.get("id").asText());
        assertEquals("user0@gmail.com", message.get("message").get("recipient").asText());
        assertTrue(message.get("message").get("data").isNull());
        assertFalse(message.get("message").has("due"));
        assertTrue(ok(get("/api/admin/inspect-message/v1?id=" + id + "&want_body=true")).get("message").get("data")
                .asText().contains("Subject:"));

        String unknown = "d7ef132b5d7711eea8c8000c29c33806";
        assertText(500, "Error: no such key " + unknown, get("/api/admin/inspect-message/v1?id=" + unknown));
        assertText(400, "Failed to deserialize query string: invalid length: expected length 32 for simple format, found 5",
                get("/api/admin/inspect-message/v1?id=12345"));
        assertText(400, "Failed to deserialize query string: missing field `id`", get("/api/admin/inspect-message/v1"));

        ok(post("/api/admin/bounce/v1", "{\"queue_names\":[\"gmail.com\"],\"reason\":\"r\"}"));
        assertText(500, "Error: no such key " + id, get("/api/admin/inspect-message/v1?id=" + id));
    }

    @Test
    void inspectReadyQShowsStateDispatchersAndSuspension() {
        String ready = node.queues().readyQueueOf("gmail.com");
        assertText(404, "Error: no such ready queue x->y@smtp_client",
                get("/api/admin/inspect-ready-q/v1?queue_name=" + q("x->y@smtp_client")));
        JsonNode answer = ok(get("/api/admin/inspect-ready-q/v1?queue_name=" + q(ready)));
        assertEquals(ready, answer.get("queue_name").asText());
        assertEquals("smtp_client", answer.get("protocol").asText());
        assertEquals(node.queues().readyCount(ready), answer.get("state").get("ready_count").asLong());
        assertTrue(answer.get("state").get("suspended").isNull());
        assertFalse(answer.has("scheduled_queue_names"));
        assertEquals("(alt1|alt2|alt3|alt4)?.gmail-smtp-in.l.google.com", answer.get("mx").get("site_name").asText());

        ok(post("/api/admin/suspend-ready-q/v1", "{\"name\":\"" + ready + "\",\"reason\":\"block\"}"));
        JsonNode suspended = ok(get("/api/admin/inspect-ready-q/v1?queue_name=" + q(ready)
                + "&include_scheduled_queues=true"));
        assertEquals("block", suspended.get("state").get("suspended").get("reason").asText());
        assertTrue(suspended.get("scheduled_queue_names").toString().contains("\"gmail.com\""));
    }

    @Test
    void abortReadyQConnAbortsAListedDispatcher() {
        String ready = node.queues().readyQueueNames().stream()
                .filter(r -> json(get("/api/admin/inspect-ready-q/v1?queue_name=" + q(r))).get("dispatchers").size() > 0)
                .findFirst().orElseThrow();
        JsonNode before = ok(get("/api/admin/inspect-ready-q/v1?queue_name=" + q(ready)));
        String session = before.get("dispatchers").get(0).get("session_id").asText();
        String unknown = "552016f1-08e7-4e90-9da3-fd5c25acd069";
        assertText(404, "no matching dispatcher for queue=" + ready + " session=" + unknown,
                post("/api/admin/abort-ready-q-conn/v1", "{\"queue_name\":\"" + ready + "\",\"session_id\":\"" + unknown + "\"}"));
        assertText(200, "aborted " + session,
                post("/api/admin/abort-ready-q-conn/v1", "{\"queue_name\":\"" + ready + "\",\"session_id\":\"" + session + "\"}"));
        JsonNode after = ok(get("/api/admin/inspect-ready-q/v1?queue_name=" + q(ready)));
        assertEquals(before.get("state").get("connection_count").asInt() - 1, after.get("state").get("connection_count").asInt());
    }

    @Test
    void readyQStatesListsSomeQueuesAndRejectsItsOwnQueuesParameter() {
        JsonNode states = ok(get("/api/admin/ready-q-states/v1")).get("states_by_ready_queue");
        assertTrue(states.size() > 0);
        JsonNode someState = states.elements().next();
        JsonNode detail = someState.elements().next();
        assertTrue(detail.has("context") && detail.has("since"));
        assertText(400, "Failed to deserialize query string: invalid type: string \"a,b\", expected a sequence",
                get("/api/admin/ready-q-states/v1?queues=a,b"));
    }

    @Test
    void resolveEgressPathNamesTheReadyQueue() {
        JsonNode gmail = ok(get("/api/admin/resolve-egress-path/v1?domain=gmail.com&source=egress-2"));
        assertEquals("egress-2->(alt1|alt2|alt3|alt4)?.gmail-smtp-in.l.google.com@smtp_client",
                gmail.get("queue_name").asText());
        assertTrue(gmail.get("mx").get("is_mx").asBoolean());
        JsonNode unknown = ok(get("/api/admin/resolve-egress-path/v1?domain=unknown.example"));
        assertEquals("unspecified", unknown.get("source").asText());
        assertEquals("unspecified->unknown.example@smtp_client", unknown.get("queue_name").asText());
        assertText(400, "Failed to deserialize query string: missing field `domain`",
                get("/api/admin/resolve-egress-path/v1"));
    }
}
