package io.kumofleet.bench;

import io.kumofleet.sim.SimFleetOptions;
import io.kumofleet.sim.SimulatedFleet;
import io.kumofleet.sim.SimulatedNode;
import io.kumofleet.support.GatewayProcess;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A fleet summary end to end: the packaged gateway (its own process) fronts 10 simulated nodes of
 * 100,000 ready and 100,000 scheduled queues each, twice over, one gateway after the other: first with
 * the JVM's default settings, then with its heap capped at the 512 MiB target, so that one run shows
 * both what G1 chooses to commit and whether the summaries fit the target at the same speed. For each
 * gateway, in interleaved rounds, it times merely downloading every node's {@code /metrics} at once
 * ({@code curl}, one per node, bytes thrown away), a queue summary and a provider summary; prints the
 * medians, each summary's ratio to that gateway's download rounds, the gateway's CPU per summary and
 * its heap (from its GC log), and the load.
 */
public final class SummaryBenchmark {

    private static final int NODES = 10;
    private static final int QUEUES = 100_000;
    private static final int WARMUP_ROUNDS = 2;
    private static final int ROUNDS = 7;
    private static final Duration LONG = Duration.ofMinutes(5);
    private static final String HEAP_CAP = "-Xmx512m";
    private static final String DOWNLOAD = "download /metrics of every node (curl)";

    public static void main(String[] args) throws Exception {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        System.out.printf("starting %d simulated nodes of %,d ready and %,d scheduled queues%n", NODES, QUEUES, QUEUES);
        SimulatedFleet fleet = SimulatedFleet.startAndWait(vertx,
                SimFleetOptions.of(NODES).withQueuesPerNode(QUEUES).withTickInterval(Duration.ZERO), LONG);
        try {
            // The JVM's defaults (the heap sized as an operator's would be) plus whatever
            // GATEWAY_JVM_OPTIONS adds, e.g. a profiler; then the same capped at the target.
            String extra = System.getenv().getOrDefault("GATEWAY_JVM_OPTIONS", "").strip();
            List<String> options = extra.isEmpty() ? List.of() : List.of(extra.split("\\s+"));
            List<String> results = new ArrayList<>();
            results.add(measure(fleet, options));
            List<String> capped = new ArrayList<>(options);
            capped.add(HEAP_CAP);
            results.add(measure(fleet, capped));
            System.out.printf("%n%d nodes x (%,d ready + %,d scheduled queues), %d rounds per gateway, medians:%n",
                    NODES, QUEUES, QUEUES, ROUNDS);
            results.forEach(System.out::print);
        } finally {
            fleet.stopAndWait(Duration.ofMinutes(1));
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    /** The rounds against one gateway with {@code options} added to its JVM's: its results as printable lines. */
    private static String measure(SimulatedFleet fleet, List<String> options) throws Exception {
        Path workDir = Files.createTempDirectory("summary-bench");
        Path gcLog = workDir.resolve("gc.log");
        List<String> jvmOptions = new ArrayList<>(List.of("-Xlog:gc:file=" + gcLog));
        jvmOptions.addAll(options);
        String jvm = options.isEmpty() ? "default JVM settings" : String.join(" ", options);
        System.out.println("starting a gateway with " + jvm + " (GC log " + gcLog + ")");
        try (GatewayProcess gateway = GatewayProcess.configure(workDir, config(fleet), jvmOptions.toArray(String[]::new))
                .start()) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            Map<String, Timed> runs = new LinkedHashMap<>();
            runs.put(DOWNLOAD, () -> download(fleet));
            runs.put("GET /api/fleet/v1/queues/summary", () -> summary(http, gateway, "/api/fleet/v1/queues/summary"));
            runs.put("GET /api/fleet/v1/providers/summary",
                    () -> summary(http, gateway, "/api/fleet/v1/providers/summary"));
            Map<String, List<Long>> wall = new LinkedHashMap<>();
            Map<String, List<Long>> gatewayCpu = new LinkedHashMap<>();
            runs.keySet().forEach(k -> {
                wall.put(k, new ArrayList<>());
                gatewayCpu.put(k, new ArrayList<>());
            });
            String loadBefore = loadAverage();
            for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
                for (var run : runs.entrySet()) {
                    long cpuBefore = cpuNanos(gateway.pid());
                    long started = System.nanoTime();
                    run.getValue().run();
                    long took = System.nanoTime() - started;
                    long cpu = cpuNanos(gateway.pid()) - cpuBefore;
                    if (round >= WARMUP_ROUNDS) {
                        wall.get(run.getKey()).add(took);
                        gatewayCpu.get(run.getKey()).add(cpu);
                    }
                }
                System.out.printf("%s: round %d of %d done%n", jvm, round + 1, WARMUP_ROUNDS + ROUNDS);
            }
            StringBuilder out = new StringBuilder(String.format("gateway with %s:%n", jvm));
            double download = median(wall.get(DOWNLOAD));
            for (String name : runs.keySet()) {
                double median = median(wall.get(name));
                String cpu = name.equals(DOWNLOAD) ? ""
                        : String.format("  gateway CPU %.2f s", median(gatewayCpu.get(name)) / 1e9);
                out.append(String.format("  %-42s %6.2f s  ratio to download %.2f%s%n", name, median / 1e9,
                        median / download, cpu));
            }
            out.append(String.format("  heap over the whole run (from its GC log): %s%n",
                    HeapFigures.of(Files.readAllLines(gcLog))));
            out.append(String.format("  load average (1, 5, 15 min) before: %s, after: %s; %d CPUs%n", loadBefore,
                    loadAverage(), Runtime.getRuntime().availableProcessors()));
            return out.toString();
        }
    }

    /** The gateway's configuration: the fleet's nodes, and a summary that reads them afresh every time. */
    private static Map<String, String> config(SimulatedFleet fleet) {
        Map<String, String> config = new LinkedHashMap<>();
        for (SimulatedNode node : fleet.nodes()) {
            config.put("kumo.fleet.nodes." + node.name() + ".url", node.url().toString());
        }
        config.put("kumo.fleet.reconcile-interval", "1h");
        // every summary reads the nodes afresh instead of answering from the previous one
        config.put("kumo.fleet.summary-cache", "0s");
        config.put("quarkus.log.level", "WARN");
        return config;
    }

    @FunctionalInterface
    private interface Timed {
        void run() throws Exception;
    }

    /** Every node's /metrics at once, one curl per node, as fast as the nodes send it. */
    private static void download(SimulatedFleet fleet) throws Exception {
        List<Process> curls = new ArrayList<>();
        for (SimulatedNode node : fleet.nodes()) {
            curls.add(new ProcessBuilder("curl", "-sS", "--fail", "-o", "/dev/null", node.url().resolve("/metrics").toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start());
        }
        for (Process curl : curls) {
            if (!curl.waitFor(LONG.toSeconds(), TimeUnit.SECONDS) || curl.exitValue() != 0) {
                throw new IllegalStateException("curl of /metrics failed");
            }
        }
    }

    /** A summary through the gateway; it must cover every node, so that a failure is never timed. */
    private static void summary(HttpClient http, GatewayProcess gateway, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(gateway.url().resolve(path)).timeout(LONG)
                .header("Authorization", gateway.adminAuthorization()).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || !response.body().contains("\"nodes_reporting\":" + NODES)) {
            throw new IllegalStateException(path + " did not cover every node: " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(2000, response.body().length())));
        }
    }

    /** The process's user and system CPU time so far, from /proc (clock ticks of 10 ms). */
    private static long cpuNanos(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
    }

    private static String loadAverage() throws Exception {
        return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2.0;
    }
}
