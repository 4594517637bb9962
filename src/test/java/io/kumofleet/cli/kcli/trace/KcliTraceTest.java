package io.kumofleet.cli.kcli.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.kumofleet.cli.kcli.FakeNodeKcliTest;
import io.kumofleet.cli.kcli.KcliErrorsTest;
import io.kumofleet.cli.kcli.KcliRunner;
import io.kumofleet.support.FakeKumod;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.http.ServerWebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** trace-smtp-client and trace-smtp-server over a WebSocket: the filter frame, then kcli's lines per event. */
@QuarkusTest
class KcliTraceTest extends FakeNodeKcliTest {

    private static final String CLIENT = "/api/admin/trace-smtp-client/v1";
    private static final String SERVER = "/api/admin/trace-smtp-server/v1";
    private static final String GREEN = "\u001b[32m";
    private static final String CYAN = "\u001b[36m";
    private static final String RED = "\u001b[31m";
    private static final String NORMAL = "\u001b[0m";

    private final BlockingQueue<String> filters = new LinkedBlockingQueue<>();

    /** On the filter frame: records it, sends {@code events}, then closes the socket if asked. */
    private Consumer<ServerWebSocket> replay(boolean close, String... events) {
        return socket -> socket.textMessageHandler(filter -> {
            filters.add(filter);
            for (String event : events) {
                socket.writeTextMessage(event);
            }
            if (close) {
                socket.close();
            }
        });
    }

    private String filter() throws InterruptedException {
        String filter = filters.poll(FakeKumod.WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(filter, "no filter frame was sent");
        return filter;
    }

    private static String event(String meta, String payload, String when) {
        return "{\"conn_meta\":" + meta + ",\"payload\":" + payload + ",\"when\":\"2026-06-19T13:42:" + when + "Z\"}";
    }

    @Test
    void clientTraceFollowsTheFirstSessionUntilItCloses() throws Exception {
        String begin = "{\"id\":\"s1\",\"egress_pool\":\"pool\",\"egress_source\":\"src\",\"ready_queue_name\":\"rq\","
                + "\"mx_plan\":\"NullMx\"}";
        String connected = "{\"id\":\"s1\",\"egress_pool\":\"pool\",\"egress_source\":\"src\",\"ready_queue_name\":\"rq\","
                + "\"source_address\":\"10.0.0.1:5000\",\"mx_host\":\"mx.example.com\"}";
        node.webSocket(CLIENT, replay(false,
                event(begin, "\"BeginSession\"", "17"),
                event("{\"id\":\"s2\"}", "\"BeginSession\"", "17.5"),
                event(connected, "\"Connected\"", "17.012"),
                event(connected, "{\"Read\":\"220 mx.example.com ESMTP\\r\\n\"}", "17.1"),
                event("{\"id\":\"s2\"}", "{\"Read\":\"ignored\\r\\n\"}", "17.1"),
                event(connected, "{\"Write\":\"EHLO me\\r\\n\"}", "17.1005"),
                event(connected, "{\"Write\":\"Subject: it's\\r\\n\\r\\nbody\\t\\\"x\\\"\\r\\n.\\r\\n\"}", "18.5"),
                event(connected, "{\"Diagnostic\":{\"level\":\"ERROR\",\"message\":\"boom \\\"x\\\"\"}}", "18.6"),
                event("null", "{\"Diagnostic\":{\"level\":\"ERROR\",\"message\":\"Tracer Lagged behind and missed 3 events\"}}", "18.7"),
                event(connected, "\"Closed\"", "20.25"),
                event(connected, "\"Connected\"", "21")));
        var result = kcli.runAt(node.url(), "trace-smtp-client", "--only-one", "--color", "no", "--domain", "a.com",
                "--domain", "b.com", "--source", "10.0.0.1", "--source", "10.0.0.0/24", "--mx-addr", "0:0::1");
        assertEquals("{\"campaign\":[],\"tenant\":[],\"domain\":[\"a.com\",\"b.com\"],\"routing_domain\":[],"
                + "\"egress_pool\":[],\"egress_source\":[],\"mail_from\":[],\"rcpt_to\":[],\"source_addr\":[\"10.0.0.0/24\"],"
                + "\"mx_host\":[],\"ready_queue\":[],\"mx_addr\":[\"::1\"]}", filter());
        assertEquals(new KcliRunner.Result(0, """
                [s1]       === BeginSession 2026-06-19 13:42:17 UTC
                [s1]       === conn_meta egress_pool="pool"
                [s1]       === conn_meta egress_source="src"
                [s1]       === conn_meta id="s1"
                [s1]       === conn_meta mx_plan="NullMx"
                [s1]       === conn_meta ready_queue_name="rq"
                [s1]  12ms === Connected
                [s1]  12ms === conn_meta deleted mx_plan
                [s1]  12ms === conn_meta mx_host="mx.example.com"
                [s1]  12ms === conn_meta source_address="10.0.0.1:5000"
                [s1] 100ms  <- 220 mx.example.com ESMTP
                [s1] 101ms ->  EHLO me
                [s1]    2s ->  Subject: it\\'s
                [s1]    2s ->\s\s
                [s1]    2s ->  body\\t\\"x\\"
                [s1]    2s ->  .
                [s1]    2s === ERROR: boom "x"
                []       === ERROR: Tracer Lagged behind and missed 3 events
                []       === conn_meta updated to null
                [s1]    3s === Closed
                """, ""), result);
    }

    @Test
    void serverTraceRendersCallbacksAndDispositionsInColour() throws Exception {
        String meta = "{\"received_from\":\"10.0.0.5:4321\",\"received_via\":\"127.0.0.1:25\",\"reception_protocol\":\"ESMTP\"}";
        String key = "[10.0.0.5:4321->127.0.0.1:25]";
        node.webSocket(SERVER, replay(true,
                event(meta, "\"Connected\"", "17.123"),
                event(meta, "{\"Read\":\"MAIL FROM:<a@b>\\r\\n\"}", "17.2"),
                event(meta, "{\"Write\":\"250 ok\\r\\n\"}", "17.3"),
                event(meta, "{\"Read\":\"line1\\r\\nline2\\r\\n\"}", "17.4"),
                event(meta, "{\"AbbreviatedRead\":{\"snippet\":\"DATA\",\"len\":12345}}", "17.5"),
                event(meta, "{\"Callback\":{\"name\":\"get_listener_domain domain=example.com\",\"result\":{\"relay\":true,"
                        + "\"a\":[1,null]},\"error\":null}}", "17.6"),
                event(meta, "{\"Callback\":{\"name\":\"smtp_server_mail_from\",\"result\":null,\"error\":\"nope\"}}", "17.7"),
                event(meta, "{\"Callback\":{\"name\":\"smtp_server_ehlo\",\"result\":null,\"error\":null}}", "17.8"),
                event(meta, "{\"MessageDisposition\":{\"relay\":true,\"log_arf\":\"Ignore\",\"log_oob\":\"LogThenRelay\","
                        + "\"queue\":\"example.com\",\"meta\":{\"tenant\":\"t\",\"campaign\":\"c\"},\"sender\":\"a@b\","
                        + "\"recipient\":[\"c@d\",\"e@f\"],\"id\":\"D7EF132B-5D77-11EE-A8C8-000C29C33806\","
                        + "\"was_arf_or_oob\":false}}", "17.9"),
                event(meta, "{\"Diagnostic\":{\"level\":\"INFO\",\"message\":\"hello\"}}", "18"),
                event(meta, "\"Closed\"", "19")));
        var result = kcli.runAt(node.url(), "trace-smtp-server", "--color", "yes", "--terse", "--source", "10.0.0.0/8");
        assertEquals("{\"source_addr\":[\"10.0.0.0/8\"],\"terse\":true}", filter());
        String p = key + " ";
        assertEquals(new KcliRunner.Result(1, p + "      === Connected 2026-06-19 13:42:17.123 UTC\n"
                + p + "      === conn_meta received_from=\"10.0.0.5:4321\"\n"
                + p + "      === conn_meta received_via=\"127.0.0.1:25\"\n"
                + p + "      === conn_meta reception_protocol=\"ESMTP\"\n"
                + p + " 77ms " + GREEN + " -> MAIL FROM:<a@b>" + NORMAL + "\n"
                + p + "177ms " + CYAN + "<-  250 ok" + NORMAL + "\n"
                + p + "277ms " + GREEN + " -> line1" + NORMAL + "\n"
                + p + "277ms === bytes read=14\n"
                + p + "377ms " + GREEN + " -> DATA" + NORMAL + "\n"
                + p + "377ms === bytes read=12345\n"
                + p + "477ms === get_listener_domain domain=example.com: Ok: Object {\"a\": Array [Number(1), Null], "
                + "\"relay\": Bool(true)}\n"
                + p + "577ms === smtp_server_mail_from: " + RED + "Error: nope" + NORMAL + "\n"
                + p + "677ms === smtp_server_ehlo: Ok\n"
                + p + "777ms === Message from=<a@b> to=<c@d, e@f> id=d7ef132b5d7711eea8c8000c29c33806\n"
                + p + "777ms === Message queue=example.com relay=true log_arf=\"Ignore\" log_oob=\"LogThenRelay\" "
                + "was_arf_or_oob=Some(false) will_enqueue=None\n"
                + p + "777ms === Message meta: campaign=\"c\"\n"
                + p + "777ms === Message meta: tenant=\"t\"\n"
                + p + "877ms === " + NORMAL + "INFO: hello" + NORMAL + "\n"
                + p + "   2s === Closed\n",
                "Error: the node closed the trace connection\n"), result);
    }

    @Test
    void onlyNewSkipsSessionsAlreadyUnderWayAndTtyColoursOnlyATerminal() throws Exception {
        String old = "{\"received_from\":\"10.0.0.5:1\",\"received_via\":\"127.0.0.1:25\"}";
        String fresh = "{\"received_from\":\"10.0.0.6:2\",\"received_via\":\"127.0.0.1:25\"}";
        node.webSocket(SERVER, replay(false,
                event(old, "{\"Write\":\"250 ok\\r\\n\"}", "17"),
                event(fresh, "\"Connected\"", "18"),
                event(old, "\"Closed\"", "18"),
                event(fresh, "{\"Write\":\"220 hi\\r\\n\"}", "18.001"),
                event(fresh, "\"Closed\"", "19")));
        kcli.environment.terminal(true);
        var result = kcli.runAt(node.url(), "trace-smtp-server", "--only-new", "--only-one");
        assertEquals("{\"source_addr\":null}", filter());
        String p = "[10.0.0.6:2->127.0.0.1:25] ";
        assertEquals(new KcliRunner.Result(0, p + "      === Connected 2026-06-19 13:42:18 UTC\n"
                + p + "      === conn_meta received_from=\"10.0.0.6:2\"\n"
                + p + "      === conn_meta received_via=\"127.0.0.1:25\"\n"
                + p + "  1ms " + CYAN + "<-  220 hi" + NORMAL + "\n"
                + p + "   1s === Closed\n", ""), result);
    }

    @Test
    void clientTraceTerseAbbreviatesWrites() throws Exception {
        String meta = "{\"id\":\"s9\"}";
        node.webSocket(CLIENT, replay(false,
                event(meta, "{\"Write\":\"Subject: x\\r\\n\\r\\nbody\\r\\n\"}", "17"),
                event(meta, "{\"AbbreviatedWrite\":{\"snippet\":\"MAIL FROM:<a@b>\",\"len\":42}}", "17"),
                event(meta, "\"MessageObtained\"", "17"),
                event(meta, "\"Closed\"", "17")));
        var result = kcli.runAt(node.url(), "trace-smtp-client", "--terse", "--only-one", "--ready-queue", "rq");
        assertEquals("{\"campaign\":[],\"tenant\":[],\"domain\":[],\"routing_domain\":[],\"egress_pool\":[],"
                + "\"egress_source\":[],\"mail_from\":[],\"rcpt_to\":[],\"source_addr\":null,\"mx_host\":[],"
                + "\"ready_queue\":[\"rq\"],\"mx_addr\":null,\"terse\":true}", filter());
        assertEquals(new KcliRunner.Result(0, """
                [s9]       ->  Subject: x
                [s9]       === bytes written=20
                [s9]       === conn_meta id="s9"
                [s9]   0ns ->  MAIL FROM:<a@b>
                [s9]   0ns === bytes written=42
                [s9]   0ns === MessageObtained
                [s9]   0ns === Closed
                """, ""), result);
    }

    @Test
    void traceFailuresAreReportedAsKcliDoes() throws Exception {
        assertEquals(new KcliRunner.Result(1, "", "Error: HTTP error: 404 Not Found\n"),
                kcli.runAt(node.url(), "trace-smtp-server"));
        int port = KcliErrorsTest.closedPort();
        assertEquals(new KcliRunner.Result(1, "", "Error: IO error: Connection refused (os error 111)\n"),
                kcli.runAt("http://127.0.0.1:" + port, "trace-smtp-client"));
        node.next();
        assertEquals(new KcliRunner.Result(1, "", "Error: 10.0.0.1/8 is not a valid CIDR: host part of address was not "
                + "zero. Did you mean 10.0.0.0/8?\n"), kcli.runAt(node.url(), "trace-smtp-server", "--source", "10.0.0.1/8"));
        assertEquals(new KcliRunner.Result(1, "", "Error: invalid --mx-addr value(s): x: x is not a valid CIDR: "
                + "invalid IP address syntax\n"), kcli.runAt(node.url(), "trace-smtp-client", "--mx-addr", "x"));
        assertEquals(0, node.pending());

        node.webSocket(CLIENT, replay(false, "{\"conn_meta\":{},\"payload\":\"Closed\",\"when\":\"2026-06-19T13:42:17Z\"}"));
        assertEquals(new KcliRunner.Result(1, "", "Error: missing field `id`\n"), kcli.runAt(node.url(), "trace-smtp-client"));
        node.webSocket(CLIENT, replay(false, "{\"conn_meta\":null,\"payload\":\"Bogus\",\"when\":\"2026-06-19T13:42:17Z\"}"));
        var unknown = kcli.runAt(node.url(), "trace-smtp-client");
        assertEquals(1, unknown.exitCode());
        assertEquals("Error: unknown variant `Bogus`, expected one of `BeginSession`, `Connected`, `Closed`, `Read`, "
                + "`Write`, `Diagnostic`, `MessageObtained`, `AbbreviatedWrite`\n", unknown.err());
    }
}
