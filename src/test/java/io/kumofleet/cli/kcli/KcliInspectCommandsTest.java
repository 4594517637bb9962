package io.kumofleet.cli.kcli;

import static io.kumofleet.support.KumodSamples.JSON;
import static io.kumofleet.support.KumodSamples.READY_QUEUE;
import static io.kumofleet.support.KumodSamples.SPOOL_ID;
import static io.kumofleet.support.KumodSamples.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kumofleet.support.KumodSamples;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** inspect-message, inspect-sched-q, inspect-ready-q and resolve-egress-path: queries and rendering. */
@QuarkusTest
class KcliInspectCommandsTest extends FakeNodeKcliTest {

    private static final String READY_Q_SUMMARY = """
            queue: my-source->gmail.com@smtp_client

            egress pool:        default
            egress source:      my-source
            protocol:           smtp_client
            watchdog threshold: 10m

            mx (site: gmail-smtp-in.l.google.com, dnssec verified):
                10  gmail-smtp-in.l.google.com
                20  alt1.gmail-smtp-in.l.google.com

            ready: 1,142

            ceilings:
              concurrent dispatchers: 32
                source: connection_limit
            """;

    private static final String CONFIG_TOML = """
            additional_connection_limits = {}
            banner_timeout = "1m"
            connect_timeout = "1m"
            ehlo_domain = "mta.example.com"
            enable_mta_sts = true
            enable_tls = "Opportunistic"
            max_ready = 1024
            prohibited_hosts = ["127.0.0.0/8", "::1"]
            refresh_interval = "1m"
            skip_hosts = []

            [connection_limit]
            force_local = false
            limit = 32
            """;

    @Test
    void inspectMessageSendsTheSpoolIdAndPrintsWhatKcliRecomposes() throws Exception {
        node.answer("GET", "/api/admin/inspect-message/v1", 200, JSON, KumodSamples.INSPECT_MESSAGE);
        assertEquals(ok("""
                {
                  "id": "d7ef132b5d7711eea8c8000c29c33806",
                  "message": {
                    "sender": "a@example.com",
                    "recipient": "b@example.com",
                    "meta": {
                      "campaign": "c",
                      "queue": {
                        "a": 2,
                        "z": 1
                      },
                      "tenant": "t"
                    },
                    "data": null
                  }
                }
                """), run("inspect-message", "--want-body", "D7EF132B-5D77-11EE-A8C8-000C29C33806"));
        assertEquals("id=" + SPOOL_ID + "&want_body=true", node.next().decodedQuery());
    }

    @Test
    void inspectMessageRefusesWhatIsNotAUuidBeforeAsking() {
        assertEquals(new KcliRunner.Result(1, "", "Error: invalid length: expected length 32 for simple format, found 5\n"),
                run("inspect-message", "d7ef1"));
        node.answer("GET", "/api/admin/inspect-message/v1", 500, TEXT, "Error: no such key " + SPOOL_ID);
        assertEquals(new KcliRunner.Result(1, "", "Error: request status 500: Internal Server Error. Response body: "
                + "Error: no such key " + SPOOL_ID + "\n"), run("inspect-message", SPOOL_ID));
    }

    @Test
    void inspectScheduledQueueSamplesFiveByDefault() throws Exception {
        node.answer("GET", "/api/admin/inspect-sched-q/v1", 200, JSON, KumodSamples.INSPECT_SCHED_Q);
        assertEquals(ok("""
                {
                  "queue_name": "t@example.com",
                  "messages": [
                    {
                      "id": "d7ef132b5d7711eea8c8000c29c33806",
                      "message": {
                        "sender": "a@example.com",
                        "recipient": "b@example.com",
                        "meta": {
                          "campaign": "c",
                          "queue": {
                            "a": 2,
                            "z": 1
                          },
                          "tenant": "t"
                        },
                        "data": null
                      }
                    }
                  ],
                  "num_scheduled": 1,
                  "queue_config": {
                    "max_age": "7days",
                    "retry_interval": "20m"
                  },
                  "delayed_metric": 0,
                  "now": "2026-06-19T13:42:17.123Z",
                  "last_changed": "2026-06-19T13:40:00Z"
                }
                """), run("inspect-sched-q", "t@example.com"));
        assertEquals("queue_name=t@example.com&limit=5", node.next().decodedQuery());
        run("inspect-sched-q", "--no-limit", "--want-body", "t@example.com");
        assertEquals("queue_name=t@example.com&want_body=true", node.next().decodedQuery());
        run("inspect-sched-q", "--limit", "50", "t@example.com");
        assertEquals("queue_name=t@example.com&limit=50", node.next().decodedQuery());
    }

    @Test
    void inspectReadyQueueRendersTheSummary() throws Exception {
        node.answer("GET", "/api/admin/inspect-ready-q/v1", 200, JSON, KumodSamples.INSPECT_READY_Q);
        assertEquals(ok(READY_Q_SUMMARY + "\nconnections: 4\n"), run("inspect-ready-q", READY_QUEUE));
        assertEquals("queue_name=" + READY_QUEUE, node.next().decodedQuery());
    }

    @Test
    void inspectReadyQueueFlagsStalledAndStuckDispatchersOldestFirst() {
        node.answer("GET", "/api/admin/inspect-ready-q/v1", 200, JSON, KumodSamples.INSPECT_READY_Q);
        assertEquals(ok(READY_Q_SUMMARY + """

                connections: 4
                  SESSION                              DELIV TRANS FAIL    AGE   RATE        \s
                  9e4b6a01-2345-6789-abcd-ef0123456789 1,391     0    0 47m 8s  0.5/s ⚠ STUCK\s
                  DeliveringMessage for 42m 12s
                  send msg with 1 recip(s)

                  7f3a8d4e-9c12-4abc-8def-1234567890ab   142     4    0 8m 12s 18.0/s        \s
                  DeliveringMessage for 1s 200ms
                  send msg with 1 recip(s)

                  b1c2d3e4-1111-2222-3333-444455556666    45     1    0     8m  0.1/s ⚠ STALL?
                  DeliveringMessage for 8m
                  send msg with 1 recip(s)

                  c2d35e10-aaaa-bbbb-cccc-dddddddddddd     0     0    0    31s  0.0/s        \s
                  Idle for 31s

                """), run("inspect-ready-q", "--connections", READY_QUEUE));
    }

    @Test
    void inspectReadyQueueShowsFeedingQueuesAndConfigWhenAsked() throws Exception {
        node.answer("GET", "/api/admin/inspect-ready-q/v1", 200, JSON, KumodSamples.INSPECT_READY_Q);
        String config = CONFIG_TOML.lines().map(line -> "  " + line + "\n").reduce("", String::concat);
        assertEquals(ok(READY_Q_SUMMARY + "\nscheduled queues: 2\n  t@gmail.com\n  gmail.com\n\nconnections: 4\n"
                + "\nconfig:\n" + config), run("inspect-ready-q", "--sched-q", "--config", READY_QUEUE));
        assertEquals("queue_name=" + READY_QUEUE + "&include_scheduled_queues=true", node.next().decodedQuery());
    }

    @Test
    void inspectReadyQueueStatesAndJson() throws Exception {
        String throttled = KumodSamples.INSPECT_READY_Q.replace("\"connection_rate_throttled\":null",
                "\"connection_rate_throttled\":{\"context\":\"max_connection_rate throttling for 5s\","
                        + "\"since\":\"2026-06-19T13:42:17Z\"}")
                .replace("\"suspended\":null", "\"suspended\":{\"id\":\"" + KumodSamples.RULE_ID + "\",\"name\":\"" + READY_QUEUE
                        + "\",\"reason\":\"working with destination postmaster\",\"duration\":\"5220s\","
                        + "\"expires\":\"2026-06-19T15:09:17Z\"}");
        node.answer("GET", "/api/admin/inspect-ready-q/v1", 200, JSON, throttled);
        String text = run("inspect-ready-q", READY_QUEUE).out();
        assertEquals(READY_Q_SUMMARY.replace("\nceilings:", """

                connection rate throttled: max_connection_rate throttling for 5s
                  since: 2026-06-19 13:42:17 UTC

                suspended: working with destination postmaster
                  expires in: 1h 27m

                ceilings:""") + "\nconnections: 4\n", text);
        node.next();

        String json = run("inspect-ready-q", "--json", READY_QUEUE).out();
        assertEquals("queue_name=" + READY_QUEUE + "&include_scheduled_queues=true", node.next().decodedQuery());
        assertEquals("""
                {
                  "queue_name": "my-source->gmail.com@smtp_client",
                  "mx": {
                    "site_name": "gmail-smtp-in.l.google.com",
                    "by_preference": {
                      "10": [
                        "gmail-smtp-in.l.google.com"
                      ],
                      "20": [
                        "alt1.gmail-smtp-in.l.google.com"
                      ]
                    },
                    "is_mx": true,
                    "is_domain_literal": false,
                    "is_secure": true
                  },
                  "egress_source": "my-source",
                  "egress_pool": "default",
                  "protocol": "smtp_client",
                  "state": {
                    "ready_count": 1142,
                    "connection_count": 4,
                    "connection_rate_throttled": {
                      "context": "max_connection_rate throttling for 5s",
                      "since": "2026-06-19T13:42:17Z"
                    },
                    "connection_limited": null,
                    "suspended": {
                      "id": "552016f1-08e7-4e90-9da3-fd5c25acd069",
                      "name": "my-source->gmail.com@smtp_client",
                      "reason": "working with destination postmaster",
                      "duration": "1h 27m",
                      "expires": "2026-06-19T15:09:17Z"
                    },
                    "watchdog_threshold": "10m"
                  },
                """, json.substring(0, json.indexOf("  \"path_config\"")));
        assertEquals("""
                  "dispatchers": [
                    {
                      "session_id": "7f3a8d4e-9c12-4abc-8def-1234567890ab",
                      "started_at": "2026-06-19T13:42:17Z",
                      "age": "8m 12s",
                      "phase": "DeliveringMessage",
                      "detail": "send msg with 1 recip(s)",
                      "time_in_current_phase": "1s 200ms",
                      "messages_delivered": 142,
                      "messages_transfailed": 4,
                      "messages_failed": 0,
                      "delivered_this_connection": 32,
                      "overall_rate_per_sec": 18.0
                    },
                """, json.substring(json.indexOf("  \"dispatchers\""), json.indexOf("    {\n      \"session_id\": \"9e4b")));
        assertEquals("  \"now\": \"2026-06-19T13:42:17Z\"\n}\n", json.substring(json.indexOf("  \"now\"")));
    }

    @Test
    void inspectReadyQueueOfAnUnknownQueueFails() {
        node.answer("GET", "/api/admin/inspect-ready-q/v1", 404, TEXT, "Error: no such ready queue nope");
        assertEquals(new KcliRunner.Result(1, "", "Error: request status 404: Not Found. Response body: "
                + "Error: no such ready queue nope\n"), run("inspect-ready-q", "nope"));
    }

    @Test
    void resolveEgressPathRendersEverySection() throws Exception {
        node.answer("GET", "/api/admin/resolve-egress-path/v1", 200, JSON, KumodSamples.RESOLVE_EGRESS_PATH);
        String ceilings = """
                ceilings:
                  concurrent dispatchers: 32
                    source: connection_limit
                  message rate:           10 × 10/s = 100/s
                    source: max_deliveries_per_connection × max_connection_rate
                    declared: max_message_rate = 1000/s ← effectively unreachable
                  connection rate:        10/s
                    source: max_connection_rate
                  source selection rate:  5/s
                    source: shared
                """;
        assertEquals(ok("""
                domain: gmail.com
                source: unspecified
                queue:  unspecified->gmail.com@smtp_client

                mx (site: gmail-smtp-in.l.google.com, dnssec verified):
                    10  gmail-smtp-in.l.google.com
                    20  alt1.gmail-smtp-in.l.google.com

                --- egress path config ---

                """ + CONFIG_TOML + "\n--- effective ceilings ---\n\n" + ceilings), run("resolve-egress-path", "gmail.com"));
        assertEquals("domain=gmail.com", node.next().decodedQuery());
        assertEquals(ok(CONFIG_TOML), run("resolve-egress-path", "gmail.com", "my source", "--config"));
        assertEquals("domain=gmail.com&source=my source", node.next().decodedQuery());
        assertEquals(ok(ceilings), run("resolve-egress-path", "--constraints", "gmail.com"));
    }

    @Test
    void resolveEgressPathJsonSortsTheQueueConfig() {
        node.answer("GET", "/api/admin/resolve-egress-path/v1", 200, JSON, "{\"domain\":\"gmail.com\",\"source\":\"s\","
                + "\"mx\":null,\"queue_name\":\"s->gmail.com@smtp_client\",\"queue_config\":{\"z\":[1,2.5,true],\"a\":{}},"
                + "\"path_config\":{},\"constraints\":" + KumodSamples.CONSTRAINTS + "}");
        assertEquals(ok("""
                {
                  "domain": "gmail.com",
                  "source": "s",
                  "mx": null,
                  "queue_name": "s->gmail.com@smtp_client",
                  "queue_config": {
                    "a": {},
                    "z": [
                      1,
                      2.5,
                      true
                    ]
                  },
                  "path_config": {},
                  "constraints": {
                    "max_concurrent_dispatchers": {
                      "value": 32.0,
                      "source": {
                        "kind": "primary"
                      },
                      "display": "32"
                    },
                    "max_message_rate": null,
                    "max_message_rate_declared": null,
                    "max_connection_rate": null,
                    "max_source_selection_rate": null
                  }
                }
                """), run("resolve-egress-path", "--json", "gmail.com"));
    }
}
