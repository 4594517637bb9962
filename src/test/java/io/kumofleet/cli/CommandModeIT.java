package io.kumofleet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.kumofleet.sim.SimNodeOptions;
import io.kumofleet.sim.SimulatedNode;
import io.kumofleet.support.BouncingNode;
import io.kumofleet.support.GatewayProcess;
import io.kumofleet.support.HangGuard;
import io.kumofleet.support.JdkRelease;
import io.kumofleet.support.LoopbackDns;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Command mode must work beside a running gateway: no port bound, no database opened, no Flyway, no
 * scheduler; both as {@code java -jar} on the gateway's jar and through the {@code kumo-fleet} launcher
 * (which runs the command-mode build in target/cli with the class-data cache the build trained).
 */
class CommandModeIT {

    /** Logging that shows Flyway touching a database and whether the scheduler starts. */
    private static final List<String> EVIDENCE_LOGGING = List.of(
            "-Dquarkus.log.category.\"org.flywaydb\".level=INFO",
            "-Dquarkus.log.category.\"io.quarkus.scheduler\".level=INFO");

    /** The two ways an operator runs a command. */
    enum Way {
        JAR, LAUNCHER;

        JarProcess.Result run(Path workDir, List<String> jvmArgs, String... args) throws Exception {
            return this == JAR ? JarProcess.run(workDir, jvmArgs, args) : JarProcess.runLauncher(workDir, jvmArgs, args);
        }
    }

    @TempDir
    Path workDir;

    private Vertx vertx;

    @BeforeEach
    void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterEach
    void stopVertx() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(HangGuard.LIMIT.toSeconds(), TimeUnit.SECONDS);
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void commandRunsWhilePort8080IsTakenAndOpensNoDatabase(Way way) throws Exception {
        SimulatedNode node = SimulatedNode.start(vertx, SimNodeOptions.defaults("sim-1").withTickInterval(Duration.ZERO))
                .toCompletionStage().toCompletableFuture().get(HangGuard.LIMIT.toSeconds(), TimeUnit.SECONDS);
        try (ServerSocket taken = new ServerSocket(8080, 50, InetAddress.getLoopbackAddress())) {
            JarProcess.Result result = way.run(workDir, EVIDENCE_LOGGING,
                    "--endpoint", node.url().toString(), "bounce-list", "--json");

            assertEquals(0, result.exitCode(), result.stderr());
            assertEquals("[]", result.stdout().strip());
            assertFalse(result.stderr().contains("8080"), result.stderr());
            assertFalse(Files.exists(workDir.resolve(".kumo-fleet")), "command mode created the H2 database");
            assertNoDatabaseNorScheduler(result);
        }
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void summariesLookMxRecordsUpWithTheConfiguredDnsServer(Way way) throws Exception {
        String gmailSite = "(alt1|alt2|alt3|alt4)?.gmail-smtp-in.l.google.com";
        SimulatedNode node = SimulatedNode.start(vertx, SimNodeOptions.defaults("sim-1").withQueues(40)
                .withTickInterval(Duration.ZERO)).toCompletionStage().toCompletableFuture().get(HangGuard.LIMIT.toSeconds(), TimeUnit.SECONDS);
        try (LoopbackDns dns = LoopbackDns.start().mx("gmail.com", "5 gmail-smtp-in.l.google.com.",
                "10 alt1.gmail-smtp-in.l.google.com.", "20 alt2.gmail-smtp-in.l.google.com.",
                "30 alt3.gmail-smtp-in.l.google.com.", "40 alt4.gmail-smtp-in.l.google.com.")) {
            List<String> jvm = List.of("-Dkumo.fleet.dns.server=" + dns.address());
            JarProcess.Result queues = way.run(workDir, jvm,
                    "--endpoint", node.url().toString(), "queue-summary", "--domain", "gmail.com");

            assertEquals(0, queues.exitCode(), queues.stderr());
            assertEquals("", queues.stderr());
            List<String> ready = queues.stdout().split("\n\n")[0].lines().skip(1).toList();
            assertFalse(ready.isEmpty(), queues.stdout());
            ready.forEach(line -> assertTrue(line.startsWith(gmailSite + " "), line));
            assertTrue(queues.stdout().contains("\ngmail.com "), queues.stdout());

            JarProcess.Result providers = way.run(workDir, jvm,
                    "--endpoint", node.url().toString(), "provider-summary", "--show-domains");
            assertEquals(0, providers.exitCode(), providers.stderr());
            assertTrue(providers.stdout().lines().findFirst().orElseThrow().matches("PROVIDER +D +T +F +C +Q DOMAINS *"),
                    providers.stdout());
        }
    }

    @Test
    void commandsRunBesideAGatewayThatHoldsTheDatabaseInTheSameDirectory() throws Exception {
        SimulatedNode node = BouncingNode.start(vertx);
        Map<String, String> config = Map.of("kumo.fleet.nodes.sim-1.url", node.url().toString(),
                "kumo.fleet.reconcile-interval", "1h");
        try (GatewayProcess gateway = GatewayProcess.configure(workDir, config).start()) {
            assertTrue(gateway.log().contains("Database: jdbc:h2:file:./.kumo-fleet/fleet"),
                    "the gateway's Flyway did not report its database:\n" + gateway.log());
            // The counter-proof: the gateway holds its H2 file, so anything that opened it here would fail.
            JarProcess.Result second = JarProcess.run(workDir, List.of("-Dquarkus.http.port=0"), "serve");
            assertEquals(1, second.exitCode(), second.stdout() + second.stderr());
            assertTrue((second.stdout() + second.stderr()).contains("Database may be already in use"),
                    second.stdout() + second.stderr());

            for (Way way : Way.values()) {
                JarProcess.Result result = way.run(workDir, EVIDENCE_LOGGING,
                        "--endpoint", node.url().toString(), "bounce-list", "--json");

                assertEquals(0, result.exitCode(), way + ": " + result.stderr());
                assertTrue(result.stdout().contains("\"reason\": \"" + BouncingNode.REASON + "\""), result.stdout());
                assertNoDatabaseNorScheduler(result);

                // The fleet commands reach the gateway, with its generated admin token.
                String token = gateway.adminAuthorization().substring("Bearer ".length());
                JarProcess.Result nodes = way.run(workDir, List.of(), "fleet", "nodes", "--gateway",
                        gateway.url().toString(), "--token", token);
                assertEquals(0, nodes.exitCode(), way + ": " + nodes.stderr());
                assertTrue(nodes.stdout().lines().anyMatch(l -> l.matches("sim-1 +up .*")), nodes.stdout());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void versionPrintsTheKumoFleetVersion(Way way) throws Exception {
        JarProcess.Result result = way.run(workDir, List.of(), "--version");

        assertEquals(0, result.exitCode(), result.stderr());
        assertEquals("kumo-fleet " + System.getProperty("kumo.version", "0.1.0-SNAPSHOT"), result.stdout().strip());
    }

    @ParameterizedTest
    @EnumSource(Way.class)
    void unknownSubcommandIsAUsageError(Way way) throws Exception {
        JarProcess.Result result = way.run(workDir, List.of(), "no-such-command");

        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().contains("no-such-command"), result.stderr());
    }

    @Test
    void theLauncherUsesTheCacheTheBuildTrainedForThisJdk() throws Exception {
        assumeFalse(Boolean.getBoolean("kumo.cache.skip"), "the build was told not to train a cache");
        // With these the JVM refuses to start rather than run without the cache.
        String cacheRequired = JdkRelease.current().hasAotCache() ? "-XX:AOTMode=on" : "-Xshare:on";

        JarProcess.Result result = JarProcess.runLauncher(workDir, List.of(cacheRequired), "--version");

        assertEquals(0, result.exitCode(), result.stdout() + result.stderr());
    }

    @Test
    void aCacheThatNoLongerMatchesTheJarsIsLeftOutQuietly() throws Exception {
        assumeFalse(Boolean.getBoolean("kumo.cache.skip"), "the build was told not to train a cache");
        // A copy without the files' times: the JVM finds the jars changed since the cache was made.
        Path target = JarProcess.launcher().getParent();
        Path copy = Files.createDirectories(workDir.resolve("copy"));
        Files.copy(target.resolve("kumo-fleet"), copy.resolve("kumo-fleet"));
        assertTrue(copy.resolve("kumo-fleet").toFile().setExecutable(true));
        copyTree(target.resolve("cli"), copy.resolve("cli"));
        SimulatedNode node = BouncingNode.start(vertx);

        Path stderr = workDir.resolve("stale-cache.stderr");
        ProcessBuilder launcher = new ProcessBuilder(copy.resolve("kumo-fleet").toString(),
                "--endpoint", node.url().toString(), "bounce-list", "--json")
                .directory(workDir.toFile()).redirectError(stderr.toFile());
        launcher.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = launcher.start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertTrue(process.waitFor(HangGuard.LIMIT.toSeconds(), TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), Files.readString(stderr));
        assertTrue(stdout.strip().startsWith("[") && stdout.contains(BouncingNode.REASON), stdout);
        assertEquals("", Files.readString(stderr));
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

    /** Flyway never reached a database (it says which when it does) and the scheduler said it will not start. */
    private static void assertNoDatabaseNorScheduler(JarProcess.Result result) {
        String output = result.stdout() + result.stderr();
        assertFalse(output.contains("flywaydb") || output.contains("Database: jdbc:"), output);
        assertTrue(output.contains("Simple scheduler") && output.contains("will not be started"), output);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
    }
}
