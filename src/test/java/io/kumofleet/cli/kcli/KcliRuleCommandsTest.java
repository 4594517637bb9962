package io.kumofleet.cli.kcli;

import static io.kumofleet.support.KumodSamples.JSON;
import static io.kumofleet.support.KumodSamples.READY_QUEUE;
import static io.kumofleet.support.KumodSamples.RULE_ID;
import static io.kumofleet.support.KumodSamples.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kumofleet.support.KumodSamples;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** bounce, suspend and suspend-ready-q with their lists and cancels: the requests sent and the exact output. */
@QuarkusTest
class KcliRuleCommandsTest extends FakeNodeKcliTest {

    private static final String NOTE = "NOTE: the bounce is running async. Use the bounce-list command to review ongoing status!\n";

    @Test
    void bouncePrintsTheIdOnStdoutAndANoteOnStderr() throws Exception {
        node.answer("POST", "/api/admin/bounce/v1", 200, JSON, KumodSamples.BOUNCE);
        assertEquals(new KcliRunner.Result(0, RULE_ID + "\n", NOTE),
                run("bounce", "--domain", "example.com", "--reason", "purge", "--duration", "600s"));
        assertEquals("{\"campaign\":null,\"tenant\":null,\"domain\":\"example.com\",\"routing_domain\":null,"
                + "\"reason\":\"purge\",\"duration\":\"10m\",\"suppress_logging\":false}", node.next().body());
    }

    @Test
    void bounceSendsEveryCriterionQueueNamesOrNothingForEverything() throws Exception {
        node.answer("POST", "/api/admin/bounce/v1", 200, JSON, KumodSamples.BOUNCE);
        run("bounce", "--campaign", "c", "--tenant", "t", "--domain", "d", "--routing-domain", "r", "--reason", "x",
                "--suppress-logging");
        assertEquals("{\"campaign\":\"c\",\"tenant\":\"t\",\"domain\":\"d\",\"routing_domain\":\"r\",\"reason\":\"x\","
                + "\"suppress_logging\":true}", node.next().body());
        run("bounce", "--queue", "t@a.com", "--queue", "b.com", "--reason", "x");
        assertEquals("{\"campaign\":null,\"tenant\":null,\"domain\":null,\"routing_domain\":null,\"reason\":\"x\","
                + "\"suppress_logging\":false,\"queue_names\":[\"t@a.com\",\"b.com\"]}", node.next().body());
        assertEquals(new KcliRunner.Result(0, RULE_ID + "\n", NOTE), run("bounce", "--everything", "--reason", "x"));
        assertEquals("{\"campaign\":null,\"tenant\":null,\"domain\":null,\"routing_domain\":null,\"reason\":\"x\","
                + "\"suppress_logging\":false}", node.next().body());
    }

    @Test
    void bounceListPrintsKcliTable() throws Exception {
        node.answer("GET", "/api/admin/bounce/v1", 200, JSON, KumodSamples.BOUNCE_LIST);
        String golden = Files.readString(Path.of("src/test/resources/cli/bounce-list.txt"));
        assertEquals(ok(golden), run("bounce-list"));
    }

    @Test
    void bounceListWithoutRulesPrintsTheHeaderOnly() {
        node.answer("GET", "/api/admin/bounce/v1", 200, JSON, "[]");
        assertEquals(ok("ID REASON REMAIN BOUNCED CRITERIA\n"), run("bounce-list"));
    }

    @Test
    void bounceListJsonIsSerdePrettyWithDurationsRewritten() {
        node.answer("GET", "/api/admin/bounce/v1", 200, JSON, KumodSamples.BOUNCE_LIST.substring(0, KumodSamples.BOUNCE_LIST.indexOf("},{\"id\":\"" + KumodSamples.OTHER_ID)) + "}]");
        assertEquals(ok("""
                [
                  {
                    "id": "552016f1-08e7-4e90-9da3-fd5c25acd069",
                    "campaign": null,
                    "tenant": null,
                    "domain": "example.com",
                    "routing_domain": null,
                    "reason": "purge",
                    "duration": "4m 50s 207ms 320us 231ns",
                    "bounced": {
                      "example.com": 1234567
                    },
                    "total_bounced": 1234567
                  }
                ]
                """), run("bounce-list", "--json"));
        node.answer("GET", "/api/admin/bounce/v1", 200, JSON, "[{\"id\":\"" + RULE_ID + "\",\"campaign\":null,\"tenant\":null,"
                + "\"domain\":null,\"routing_domain\":null,\"reason\":\"r\",\"duration\":\"300s\",\"bounced\":{},"
                + "\"total_bounced\":0}]");
        assertEquals(ok("[\n  {\n    \"id\": \"" + RULE_ID + "\",\n    \"campaign\": null,\n    \"tenant\": null,\n"
                + "    \"domain\": null,\n    \"routing_domain\": null,\n    \"reason\": \"r\",\n    \"duration\": \"5m\",\n"
                + "    \"bounced\": {},\n    \"total_bounced\": 0\n  }\n]\n"), run("bounce-list", "--json"));
        node.answer("GET", "/api/admin/bounce/v1", 200, JSON, "[]");
        assertEquals(ok("[]\n"), run("bounce-list", "--json"));
    }

    @Test
    void cancelsPrintTheNodeTextOrOkAndFailOn404() throws Exception {
        node.answer("DELETE", "/api/admin/bounce/v1", 200, TEXT, "removed " + RULE_ID);
        assertEquals(ok("removed " + RULE_ID + "\n"), run("bounce-cancel", "--id", RULE_ID.toUpperCase()));
        assertEquals("{\"id\":\"" + RULE_ID + "\"}", node.next().body());

        node.answer("DELETE", "/api/admin/suspend/v1", 200, TEXT, "removed " + RULE_ID);
        assertEquals(ok("removed " + RULE_ID + "\n"), run("suspend-cancel", "--id", "{" + RULE_ID + "}"));
        assertEquals("{\"id\":\"" + RULE_ID + "\"}", node.next().body());

        node.answer("DELETE", "/api/admin/suspend/v1", 404, TEXT, "suspend entry " + RULE_ID + " not found");
        assertEquals(new KcliRunner.Result(1, "", "Error: request status 404: Not Found. Response body: suspend entry "
                + RULE_ID + " not found\n"), run("suspend-cancel", "--id", RULE_ID));

        node.answer("DELETE", "/api/admin/suspend-ready-q/v1", 200, TEXT, "");
        assertEquals(ok("OK\n"), run("suspend-ready-q-cancel", "--id", RULE_ID.replace("-", "")));
    }

    @Test
    void suspendPrintsPrettyJson() throws Exception {
        node.answer("POST", "/api/admin/suspend/v1", 200, JSON, KumodSamples.SUSPEND);
        assertEquals(ok("{\n  \"id\": \"" + RULE_ID + "\"\n}\n"),
                run("suspend", "--tenant", "t", "--campaign", "c", "--reason", "pause", "--duration", "1h 30m"));
        assertEquals("{\"campaign\":\"c\",\"tenant\":\"t\",\"domain\":null,\"reason\":\"pause\",\"duration\":\"1h 30m\"}",
                node.next().body());
        run("suspend", "--queue", "q1", "--reason", "pause");
        assertEquals("{\"campaign\":null,\"tenant\":null,\"domain\":null,\"reason\":\"pause\",\"queue_names\":[\"q1\"]}",
                node.next().body());
    }

    @Test
    void suspendListIsPrettyJson() {
        node.answer("GET", "/api/admin/suspend/v1", 200, JSON, KumodSamples.SUSPEND_LIST);
        assertEquals(ok("""
                [
                  {
                    "id": "552016f1-08e7-4e90-9da3-fd5c25acd069",
                    "campaign": null,
                    "tenant": "t",
                    "domain": null,
                    "reason": "pause",
                    "duration": "1h 59m 59s"
                  }
                ]
                """), run("suspend-list"));
    }

    @Test
    void suspendReadyQueueAndItsList() throws Exception {
        node.answer("POST", "/api/admin/suspend-ready-q/v1", 200, JSON, KumodSamples.SUSPEND);
        assertEquals(ok("{\n  \"id\": \"" + RULE_ID + "\"\n}\n"),
                run("suspend-ready-q", "--name", READY_QUEUE, "--reason", "pause", "--duration", "2days"));
        assertEquals("{\"name\":\"" + READY_QUEUE + "\",\"reason\":\"pause\",\"duration\":\"2days\"}", node.next().body());

        node.answer("GET", "/api/admin/suspend-ready-q/v1", 200, JSON, KumodSamples.SUSPEND_READY_Q_LIST);
        assertEquals(ok("""
                [
                  {
                    "id": "552016f1-08e7-4e90-9da3-fd5c25acd069",
                    "name": "my-source->gmail.com@smtp_client",
                    "reason": "pause",
                    "duration": "4m",
                    "expires": "2026-06-19T13:42:17.123456Z"
                  }
                ]
                """), run("suspend-ready-q-list"));
    }
}
