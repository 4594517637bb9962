package io.kumofleet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kumofleet.sim.SimNodeOptions;
import io.kumofleet.sim.SimulatedNode;
import io.kumofleet.support.LoopbackDns;
import io.vertx.core.Vertx;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command mode must work beside a running gateway: no port bound, no database opened. */
class CommandModeIT {

    @TempDir
    Path workDir;

    @Test
    void commandRunsWhilePort8080IsTakenAndOpensNoDatabase() throws Exception {
        Vertx vertx = Vertx.vertx();
        SimulatedNode node = SimulatedNode.start(vertx, SimNodeOptions.defaults("sim-1").withTickInterval(Duration.ZERO))
                .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        try (ServerSocket taken = new ServerSocket(8080, 50, InetAddress.getLoopbackAddress())) {
            JarProcess.Result result = JarProcess.run(workDir, List.of(),
                    "--endpoint", node.url().toString(), "bounce-list", "--json");

            assertEquals(0, result.exitCode(), result.stderr());
            assertEquals("[]", result.stdout().strip());
            assertFalse(result.stderr().contains("8080"), result.stderr());
            assertFalse(Files.exists(workDir.resolve(".kumo-fleet")), "command mode created the H2 database");
            assertFalse(result.stdout().contains("Flyway") || result.stderr().contains("Flyway"));
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void summariesLookMxRecordsUpWithTheConfiguredDnsServer() throws Exception {
        String gmailSite = "(alt1|alt2|alt3|alt4)?.gmail-smtp-in.l.google.com";
        Vertx vertx = Vertx.vertx();
        SimulatedNode node = SimulatedNode.start(vertx, SimNodeOptions.defaults("sim-1").withQueues(40)
                .withTickInterval(Duration.ZERO)).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        try (LoopbackDns dns = LoopbackDns.start().mx("gmail.com", "5 gmail-smtp-in.l.google.com.",
                "10 alt1.gmail-smtp-in.l.google.com.", "20 alt2.gmail-smtp-in.l.google.com.",
                "30 alt3.gmail-smtp-in.l.google.com.", "40 alt4.gmail-smtp-in.l.google.com.")) {
            List<String> jvm = List.of("-Dkumo.fleet.dns.server=" + dns.address());
            JarProcess.Result queues = JarProcess.run(workDir, jvm,
                    "--endpoint", node.url().toString(), "queue-summary", "--domain", "gmail.com");

            assertEquals(0, queues.exitCode(), queues.stderr());
            assertEquals("", queues.stderr());
            List<String> ready = queues.stdout().split("\n\n")[0].lines().skip(1).toList();
            assertFalse(ready.isEmpty(), queues.stdout());
            ready.forEach(line -> assertTrue(line.startsWith(gmailSite + " "), line));
            assertTrue(queues.stdout().contains("\ngmail.com "), queues.stdout());

            JarProcess.Result providers = JarProcess.run(workDir, jvm,
                    "--endpoint", node.url().toString(), "provider-summary", "--show-domains");
            assertEquals(0, providers.exitCode(), providers.stderr());
            assertTrue(providers.stdout().lines().findFirst().orElseThrow().matches("PROVIDER +D +T +F +C +Q DOMAINS *"),
                    providers.stdout());
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void versionPrintsTheKumoFleetVersion() throws Exception {
        JarProcess.Result result = JarProcess.run(workDir, List.of(), "--version");

        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(result.stdout().startsWith("kumo-fleet "), result.stdout());
    }

    @Test
    void aMalformedNodeUrlStopsTheGatewayWithAClearMessage() throws Exception {
        JarProcess.Result result = JarProcess.run(workDir,
                List.of("-Dquarkus.http.port=0", "-Dkumo.fleet.nodes.mta1.url=10.0.0.5:8000"), "serve");

        assertEquals(1, result.exitCode());
        assertTrue((result.stdout() + result.stderr()).contains("kumo.fleet.nodes.mta1.url: '10.0.0.5:8000' is not an "
                + "absolute http:// or https:// URL"), result.stdout() + result.stderr());
    }

    @Test
    void gatewayRefusesToStartWhenItsPortIsTaken() throws Exception {
        // The counter-proof: the same jar in gateway mode does need the port, so the test above is meaningful.
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            JarProcess.Result result = JarProcess.run(workDir,
                    List.of("-Dquarkus.http.port=" + taken.getLocalPort(), "-Dquarkus.http.host=127.0.0.1"), "serve");

            assertEquals(1, result.exitCode(), result.stdout() + result.stderr());
            assertTrue((result.stdout() + result.stderr()).contains(String.valueOf(taken.getLocalPort())));
        }
    }

    @Test
    void unknownSubcommandIsAUsageError() throws Exception {
        JarProcess.Result result = JarProcess.run(workDir, List.of(), "no-such-command");

        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().contains("no-such-command"), result.stderr());
    }
}
