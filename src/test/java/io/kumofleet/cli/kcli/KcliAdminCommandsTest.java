package io.kumofleet.cli.kcli;

import static io.kumofleet.support.KumodSamples.JSON;
import static io.kumofleet.support.KumodSamples.READY_QUEUE;
import static io.kumofleet.support.KumodSamples.RULE_ID;
import static io.kumofleet.support.KumodSamples.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** set-log-filter, rebind, xfer, xfer-cancel, spool-compact and abort-ready-q-conn. */
@QuarkusTest
class KcliAdminCommandsTest extends FakeNodeKcliTest {

    @Test
    void setLogFilterPrintsOkForAnEmptyAnswer() throws Exception {
        node.answer("POST", "/api/admin/set_diagnostic_log_filter/v1", 200, null, "");
        assertEquals(new KcliRunner.Result(0, "OK\n", ""), run("set-log-filter", "kumod=debug,kumo_server_common=info"));
        assertEquals("{\"filter\":\"kumod=debug,kumo_server_common=info\"}", node.next().body());
    }

    @Test
    void setLogFilterReportsTheNodesRefusal() {
        node.answer("POST", "/api/admin/set_diagnostic_log_filter/v1", 500, TEXT,
                "Error: parsing log filter 'kumod=loud': invalid filter directive");
        assertEquals(new KcliRunner.Result(1, "", "Error: request status 500: Internal Server Error. Response body: "
                + "Error: parsing log filter 'kumod=loud': invalid filter directive\n"), run("set-log-filter", "kumod=loud"));
    }

    @Test
    void rebindMergesDataAndSetAndNotesThatItIsAsynchronous() throws Exception {
        node.answer("POST", "/api/admin/rebind/v1", 200, JSON, "{}");
        assertEquals(new KcliRunner.Result(0, "", "NOTE: Rebind always runs asynchronously\n"),
                run("rebind", "--domain", "example.com", "--reason", "move", "--data", "{\"queue\": \"foo.com\", \"a\": \"1\"}",
                        "--set", " a = 2 ", "--always-flush", "--trigger-rebind-event"));
        assertEquals("{\"campaign\":null,\"tenant\":null,\"domain\":\"example.com\",\"routing_domain\":null,"
                + "\"reason\":\"move\",\"suppress_logging\":false,\"data\":{\"queue\":\"foo.com\",\"a\":\"2\"},"
                + "\"trigger_rebind_event\":true,\"always_flush\":true}", node.next().body());
        run("rebind", "--everything", "--reason", "flush", "--suppress-logging");
        assertEquals("{\"campaign\":null,\"tenant\":null,\"domain\":null,\"routing_domain\":null,\"reason\":\"flush\","
                + "\"suppress_logging\":true,\"data\":{},\"trigger_rebind_event\":false,\"always_flush\":false}",
                node.next().body());
    }

    @Test
    void rebindWithoutCriteriaFailsLikeKcliBeforeSendingAnything() {
        assertEquals(new KcliRunner.Result(1, "", "Error: No domain, routing_domain, campaign or tenant was specified. "
                + "Use --everything if you intend to apply to all queues\n"), run("rebind", "--reason", "x", "--set", "a=b"));
        assertEquals(new KcliRunner.Result(1, "", "Error: invalid type: integer `1`, expected a string\n"),
                run("rebind", "--tenant", "t", "--reason", "x", "--data", "{\"a\":1}"));
        assertEquals(new KcliRunner.Result(1, "", "Error: expected value at line 1 column 1\n"),
                run("rebind", "--tenant", "t", "--reason", "x", "--data", "queue=foo"));
        assertEquals(0, node.pending());
    }

    @Test
    void xferSendsTheTargetAsAUrlAndNotesThatItIsAsynchronous() throws Exception {
        node.answer("POST", "/api/admin/xfer/v1", 200, JSON, "{}");
        assertEquals(new KcliRunner.Result(0, "", "NOTE: Xfer always runs asynchronously\n"),
                run("xfer", "--queue", "t@example.com", "--reason", "scale down", "--target", "HTTP://10.0.0.1:8000"));
        assertEquals("{\"campaign\":null,\"tenant\":null,\"domain\":null,\"routing_domain\":null,\"reason\":\"scale down\","
                + "\"target\":\"http://10.0.0.1:8000/\",\"queue_names\":[\"t@example.com\"]}", node.next().body());
    }

    @Test
    void xferCancelAlwaysPrintsAnEmptyObject() throws Exception {
        node.answer("POST", "/api/admin/xfer/cancel/v1", 200, JSON, "{}");
        String queue = "http://10.0.0.1:8000/.xfer.kumomta.internal";
        assertEquals(new KcliRunner.Result(0, "{}\n", ""), run("xfer-cancel", queue, "--reason", "undo"));
        assertEquals("{\"queue_name\":\"" + queue + "\",\"reason\":\"undo\"}", node.next().body());
        node.answer("POST", "/api/admin/xfer/cancel/v1", 400, TEXT, "Error: t@example.com is not an xfer queue");
        assertEquals(new KcliRunner.Result(1, "", "Error: request status 400: Bad Request. Response body: "
                + "Error: t@example.com is not an xfer queue\n"), run("xfer-cancel", "t@example.com", "--reason", "undo"));
    }

    @Test
    void spoolCompactPrintsNothing() throws Exception {
        node.answer("POST", "/api/admin/spool-compact/v1", 200, null, "");
        assertEquals(new KcliRunner.Result(0, "", ""), run("spool-compact", "--name", "data"));
        assertEquals("{\"name\":\"data\"}", node.next().body());
    }

    @Test
    void abortReadyQueueConnectionPrintsTheNodeText() throws Exception {
        node.answer("POST", "/api/admin/abort-ready-q-conn/v1", 200, TEXT, "aborted " + RULE_ID);
        assertEquals(new KcliRunner.Result(0, "aborted " + RULE_ID + "\n", ""), run("abort-ready-q-conn", READY_QUEUE, RULE_ID));
        assertEquals("{\"queue_name\":\"" + READY_QUEUE + "\",\"session_id\":\"" + RULE_ID + "\"}", node.next().body());
        node.answer("POST", "/api/admin/abort-ready-q-conn/v1", 404, TEXT,
                "no matching dispatcher for queue=" + READY_QUEUE + " session=" + RULE_ID);
        assertEquals(new KcliRunner.Result(1, "", "Error: request status 404: Not Found. Response body: no matching "
                + "dispatcher for queue=" + READY_QUEUE + " session=" + RULE_ID + "\n"), run("abort-ready-q-conn", READY_QUEUE, RULE_ID));
    }
}
