package io.kumofleet.cli.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import io.kumofleet.cli.KumoFleetCommand;
import io.kumofleet.cli.kcli.KcliRunner;
import io.kumofleet.support.HangGuard;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A gateway answer that takes over a second shows elapsed time on a terminal's stderr, and nothing otherwise. */
@QuarkusTest
class FleetProgressTest {

    private static final String NODES = "{\"nodes_total\":1,\"nodes_up\":1,\"nodes\":[{\"name\":\"n1\",\"url\":\"http://n1:8000\","
            + "\"tags\":[],\"status\":\"up\",\"version\":\"2025.01.01\",\"latency_ms\":3}]}";

    @Inject
    CommandLine.IFactory factory;

    private HttpServer gateway;
    private final CountDownLatch answer = new CountDownLatch(1);
    private KcliRunner runner;

    @BeforeEach
    void start() throws Exception {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/api/fleet/v1/nodes", exchange -> {
            try {
                answer.await(HangGuard.LIMIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = NODES.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        gateway.start();
        runner = new KcliRunner(factory);
        runner.environment.set("KUMO_FLEET_GATEWAY", "http://127.0.0.1:" + gateway.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        answer.countDown();
        gateway.stop(0);
    }

    @Test
    void aSlowAnswerShowsElapsedTimeOnATerminalAndClearsItAfterwards() throws Exception {
        runner.environment.stderrTerminal(true);
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> command(out, err).execute("fleet", "nodes"));

        awaitText(err, "fleet nodes: waiting for the gateway and its nodes… 1s");
        answer.countDown();

        assertThat(run.get(HangGuard.LIMIT.toSeconds(), TimeUnit.SECONDS)).isZero();
        String line = "fleet nodes: waiting for the gateway and its nodes… 1s";
        assertThat(err.toString()).startsWith("\r" + line).contains("\r" + " ".repeat(line.length()) + "\r")
                .endsWith("\r1 of 1 nodes up\n");
        assertThat(out.toString()).startsWith("NODE STATUS VERSION").doesNotContain("\r");
    }

    @Test
    void withoutATerminalStderrGetsNoProgress() throws Exception {
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        // The gateway stays slow for longer than the progress delay.
        CompletableFuture.delayedExecutor(1500, TimeUnit.MILLISECONDS).execute(answer::countDown);

        int exitCode = command(out, err).execute("fleet", "nodes");

        assertThat(exitCode).isZero();
        assertThat(err.toString()).isEqualTo("1 of 1 nodes up\n");
    }

    private CommandLine command(StringWriter out, StringWriter err) {
        return KumoFleetCommand.commandLine(factory).setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    }

    /** Waits until the text shows up (the progress line is written by another thread). */
    private static void awaitText(StringWriter writer, String text) {
        await("progress shows").atMost(HangGuard.LIMIT).pollInterval(Duration.ofMillis(10))
                .until(() -> writer.toString().contains(text));
    }
}
