package io.kumofleet.bench;

import io.kumofleet.sim.SimulatedNode;
import io.kumofleet.support.BouncingNode;
import io.kumofleet.support.JdkRelease;
import io.vertx.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A kcli command's whole run, start-up included: {@code bounce-list --json} against a simulated node, as
 * {@code target/kumo-fleet} runs it on each JDK (with the class-data cache the build trained for that JDK,
 * if any), next to {@code curl} making the same request and to the plain gateway jar in command mode. The
 * commands run in interleaved rounds (one warm-up round first); prints the medians, their ratios to curl,
 * and the load average before and after, since other work on the machine slows every figure.
 *
 * <p>JDKs: the one running this, plus the JDK homes in {@code BENCH_JDKS} (comma-separated).
 */
public final class CommandModeBenchmark {

    private static final int ROUNDS = 10;

    public static void main(String[] args) throws Exception {
        Path target = Path.of("target").toRealPath();
        List<JdkRelease> jdks = new ArrayList<>(List.of(JdkRelease.current()));
        for (String home : System.getenv().getOrDefault("BENCH_JDKS", "").split(",")) {
            if (!home.isBlank() && !Path.of(home.strip()).toRealPath().equals(jdks.get(0).home().toRealPath())) {
                jdks.add(JdkRelease.of(Path.of(home.strip())));
            }
        }
        Vertx vertx = Vertx.vertx();
        try {
            SimulatedNode node = BouncingNode.start(vertx);
            String endpoint = node.url().toString();
            Map<String, Command> commands = new LinkedHashMap<>();
            commands.put("curl", new Command(Map.of(), "curl", "-sS", "--fail",
                    node.url().resolve("/api/admin/bounce/v1").toString()));
            for (JdkRelease jdk : jdks) {
                commands.put("kumo-fleet, JDK " + jdk.runtimeVersion() + " (" + cache(target, jdk) + ")",
                        new Command(Map.of("JAVA_HOME", jdk.home().toString()),
                                target.resolve("kumo-fleet").toString(), "--endpoint", endpoint, "bounce-list", "--json"));
            }
            JdkRelease plain = jdks.get(0);
            commands.put("java -jar quarkus-app/quarkus-run.jar, JDK " + plain.runtimeVersion(),
                    new Command(Map.of(), plain.java().toString(), "-jar",
                            target.resolve("quarkus-app/quarkus-run.jar").toString(),
                            "--endpoint", endpoint, "bounce-list", "--json"));

            String loadBefore = loadAverage();
            Map<String, List<Long>> samples = new LinkedHashMap<>();
            commands.keySet().forEach(name -> samples.put(name, new ArrayList<>()));
            for (int round = 0; round <= ROUNDS; round++) {
                for (var command : commands.entrySet()) {
                    long nanos = command.getValue().run();
                    if (round > 0) {
                        samples.get(command.getKey()).add(nanos);
                    }
                }
            }
            String loadAfter = loadAverage();

            double curl = median(samples.get("curl"));
            System.out.printf("GET /api/admin/bounce/v1 of a simulated node (one bounce rule), whole process, %d runs"
                    + " each: median, ratio to curl%n", ROUNDS);
            for (var entry : samples.entrySet()) {
                double median = median(entry.getValue());
                System.out.printf("  %-75s %8.1f ms %7.1f%n", entry.getKey(), median / 1e6, median / curl);
            }
            System.out.printf("load average (1, 5, 15 min) before: %s, after: %s; %d CPUs%n", loadBefore, loadAfter,
                    Runtime.getRuntime().availableProcessors());
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    /** One process run; its answer must be the node's bounce rule, so that a failure is never timed. */
    private record Command(Map<String, String> environment, String... command) {

        long run() throws Exception {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
            builder.environment().putAll(environment);
            long started = System.nanoTime();
            Process process = builder.start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within 60 s");
            }
            long took = System.nanoTime() - started;
            String answer = new String(out, StandardCharsets.UTF_8);
            if (process.exitValue() != 0 || !answer.contains(BouncingNode.REASON)) {
                throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue()
                        + "): " + answer);
            }
            return took;
        }
    }

    /** The cache target/kumo-fleet uses with this JDK, as the launcher finds it. */
    private static String cache(Path target, JdkRelease jdk) {
        Path cache = target.resolve("cli/cache").resolve(jdk.runtimeVersion() + (jdk.hasAotCache() ? ".aot" : ".jsa"));
        return Files.isRegularFile(cache) ? (jdk.hasAotCache() ? "AOT cache" : "AppCDS archive") : "no cache";
    }

    private static String loadAverage() throws Exception {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.isReadable(loadavg)
                ? String.join(" ", Arrays.copyOf(Files.readString(loadavg).split(" "), 3)) : "unknown";
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2.0;
    }
}
