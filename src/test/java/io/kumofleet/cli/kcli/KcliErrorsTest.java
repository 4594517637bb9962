package io.kumofleet.cli.kcli;

import static io.kumofleet.support.KumodSamples.JSON;
import static io.kumofleet.support.KumodSamples.RULE_ID;
import static io.kumofleet.support.KumodSamples.TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kumofleet.cli.KumoFleetCommand;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Failures as kcli reports them: HTTP errors, unreachable nodes, bad answers and usage errors. */
@QuarkusTest
public class KcliErrorsTest extends FakeNodeKcliTest {

    private static KcliRunner.Result failed(String err) {
        return new KcliRunner.Result(1, "", err);
    }

    public static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void httpErrorsShowStatusReasonAndBody() {
        node.answer("GET", "/api/admin/inspect-sched-q/v1", 404, TEXT, "Error: no such queue foo.com");
        assertEquals(failed("Error: request status 404: Not Found. Response body: Error: no such queue foo.com\n"),
                run("inspect-sched-q", "foo.com"));
        node.answer("GET", "/api/admin/bounce/v1", 500, TEXT, "Error: something broke");
        assertEquals(failed("Error: request status 500: Internal Server Error. Response body: Error: something broke\n"),
                run("bounce-list"));
        // axum's 404 for a route the node lacks has no body
        assertEquals(failed("Error: request status 404: Not Found. Response body: \n"), run("bounce-cancel", "--id", RULE_ID));
    }

    @Test
    void aRefusedConnectionNamesTheUrlAndTheCause() throws Exception {
        int port = closedPort();
        assertEquals(failed("Error: error sending request for url (http://127.0.0.1:" + port + "/api/admin/bounce/v1)\n\n"
                + "Caused by:\n    0: client error (Connect)\n    1: tcp connect error\n"
                + "    2: Connection refused (os error 111)\n"),
                kcli.runAt("http://127.0.0.1:" + port, "bounce", "--everything", "--reason", "x"));
        assertEquals(failed("Error: error sending request for url (http://127.0.0.1:" + port
                + "/api/admin/inspect-ready-q/v1?queue_name=a+b%3Ec%40d)\n\n"
                + "Caused by:\n    0: client error (Connect)\n    1: tcp connect error\n"
                + "    2: Connection refused (os error 111)\n"),
                kcli.runAt("http://127.0.0.1:" + port + "/ignored/path", "inspect-ready-q", "a b>c@d"));
    }

    @Test
    void aTwoHundredThatIsNotJsonIsAParsingError() {
        node.answerAnything("GET", "/api/admin/bounce/v1", 200, "text/html", "<html>proxy login</html>");
        assertEquals(failed("Error: request status 200: OK\n\nCaused by:\n    0: parsing response as json: "
                + "<html>proxy login</html>\n    1: expected value at line 1 column 1\n"), run("bounce-list"));
        node.answerAnything("POST", "/api/admin/suspend/v1", 200, JSON, "");
        assertEquals(failed("Error: request status 200: OK\n\nCaused by:\n    0: parsing response as json: \n"
                + "    1: EOF while parsing a value at line 1 column 0\n"), run("suspend", "--everything", "--reason", "x"));
    }

    @Test
    void aNodeThatNeverAnswersTimesOut() {
        node.silent("GET", "/api/admin/suspend/v1");
        assertEquals(failed("Error: error sending request for url (" + node.url() + "/api/admin/suspend/v1)\n\n"
                + "Caused by:\n    operation timed out\n"), run("suspend-list"));
    }

    @Test
    void usageErrorsExitTwoNamingTheProblemAndSendNothing() {
        var missing = run("bounce", "--reason", "x");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().startsWith("error: Missing required argument (specify one of these): "), missing.err());
        assertTrue(missing.err().contains("--everything") && missing.err().contains("--routing-domain"), missing.err());
        assertTrue(missing.err().endsWith("\nFor more information, try '--help'.\n"), missing.err());

        var conflict = run("bounce", "--reason", "x", "--domain", "a", "--everything");
        assertEquals(2, conflict.exitCode());
        assertTrue(conflict.err().startsWith("error: the argument '--domain=a' cannot be used with '--everything'\n"),
                conflict.err());

        var queueAndDomain = run("suspend", "--reason", "x", "--domain", "a", "--queue", "q");
        assertEquals(2, queueAndDomain.exitCode());
        assertTrue(queueAndDomain.err().contains("mutually exclusive"), queueAndDomain.err());

        var duration = run("bounce", "--reason", "x", "--domain", "a", "--duration", "5x");
        assertEquals(2, duration.exitCode());
        assertTrue(duration.err().startsWith("error: Invalid value for option '--duration': unknown time unit \"x\""),
                duration.err());

        assertEquals(2, run("bounce", "--domain", "a").exitCode());
        assertEquals(2, run("bounce-cancel", "--id", "not-a-uuid").exitCode());
        assertEquals(2, run("inspect-ready-q", "--json", "--connections", "q").exitCode());
        assertEquals(2, run("resolve-egress-path", "--json", "--config", "gmail.com").exitCode());
        assertEquals(2, run("inspect-sched-q", "--limit", "1", "--no-limit", "q").exitCode());
        assertEquals(2, run("rebind", "--reason", "x", "--set", "novalue").exitCode());
        assertEquals(2, run("xfer", "--everything", "--reason", "x", "--target", "10.0.0.1:8000").exitCode());
        assertEquals(2, run("trace-smtp-server", "--color", "always").exitCode());
        assertEquals(2, run("no-such-command").exitCode());
        assertEquals(2, kcli.run("bounce-list", "--endpoint", node.url()).exitCode());
        assertEquals(0, node.pending());
    }

    @Test
    void everySubcommandHasHelpThatPicocliCanFormat() {
        PrintStream systemErr = System.err;
        ByteArrayOutputStream picocliWarnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(picocliWarnings, true, StandardCharsets.UTF_8));
        try {
            for (String name : KumoFleetCommand.commandLine(factory).getSubcommands().keySet()) {
                var help = kcli.run(name, "--help");
                assertEquals(0, help.exitCode(), name);
                assertTrue(help.out().contains("Usage: kumo-fleet " + name), help.out());
                assertEquals("", help.err(), name);
            }
        } finally {
            System.setErr(systemErr);
        }
        assertEquals("", picocliWarnings.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpAndVersionExitZero() {
        var help = kcli.run("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("'top'") && help.out().contains("not available yet"), help.out());
        assertTrue(help.out().contains("KUMO_KCLI_ENDPOINT"), help.out());
        var bounceHelp = kcli.run("bounce", "--help");
        assertEquals(0, bounceHelp.exitCode());
        assertTrue(bounceHelp.out().contains("--routing-domain"), bounceHelp.out());
        assertEquals("kcli's 'top' (live dashboard) is not available yet; use queue-summary instead.",
                help.out().lines().filter(line -> line.contains("'top'")).findFirst().orElseThrow());
        var version = kcli.run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("kumo-fleet "), version.out());
    }
}
