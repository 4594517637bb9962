package io.kumofleet.support;

import io.kumofleet.sim.SimulatedNode;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The build's training run of command mode's class-data cache (pom.xml, execution
 * {@code train-command-mode-cache}, after the Quarkus builds): for each JDK home given, one kcli run of
 * {@code target/cli} ({@code bounce-list}) against a simulated node started here, with the JVM options of
 * {@code target/cli/command-mode.jvm} and {@code -XX:AOTCacheOutput} on JDK 25 or newer (JEP 514) or
 * {@code -XX:ArchiveClassesAtExit} before (a dynamic AppCDS archive). The cache is written to
 * {@code target/cli/cache/<JAVA_RUNTIME_VERSION>.aot|.jsa}, where {@code target/kumo-fleet} looks for it.
 *
 * <p>Arguments: the command-mode application directory, then JDK homes (each argument may be a
 * comma-separated list; empty ones are skipped, repeated ones trained once).
 */
public final class CommandModeCacheTraining {

    private static final Duration TRAINING_TIMEOUT = HangGuard.LIMIT;

    private CommandModeCacheTraining() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: CommandModeCacheTraining <target/cli> <jdk-home>[,<jdk-home>...]...");
        }
        Path app = Path.of(args[0]).toRealPath();
        Set<Path> jdks = new LinkedHashSet<>();
        for (String list : Arrays.copyOfRange(args, 1, args.length)) {
            for (String home : list.split(",")) {
                if (!home.isBlank()) {
                    jdks.add(Path.of(home.strip()).toRealPath());
                }
            }
        }
        Vertx vertx = Vertx.vertx();
        try {
            SimulatedNode node = BouncingNode.start(vertx);
            for (Path jdk : jdks) {
                Path cache = train(app, JdkRelease.of(jdk), node.url());
                System.out.printf("command-mode cache for %s: %s (%,d bytes)%n", jdk, cache, Files.size(cache));
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    private static Path train(Path app, JdkRelease jdk, URI node) throws IOException, InterruptedException {
        Path cacheDir = Files.createDirectories(app.resolve("cache"));
        Path cache = cacheDir.resolve(jdk.runtimeVersion() + (jdk.hasAotCache() ? ".aot" : ".jsa"));
        Path log = cacheDir.resolve(jdk.runtimeVersion() + ".training.log");
        Files.deleteIfExists(cache);
        List<String> command = new ArrayList<>(List.of(jdk.java().toString(), "@" + app.resolve("command-mode.jvm"),
                (jdk.hasAotCache() ? "-XX:AOTCacheOutput=" : "-XX:ArchiveClassesAtExit=") + cache,
                "-jar", app.resolve("quarkus-run.jar").toString(),
                "--endpoint", node.toString(), "bounce-list"));
        Process process = new ProcessBuilder(command).directory(app.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(TRAINING_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the training run did not finish within " + TRAINING_TIMEOUT + ": " + log);
        }
        String output = Files.readString(log);
        if (process.exitValue() != 0 || !output.contains(BouncingNode.REASON) || !Files.isRegularFile(cache)) {
            throw new IllegalStateException("the training run " + String.join(" ", command) + " failed (exit "
                    + process.exitValue() + "); see " + log);
        }
        return cache;
    }
}
