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
 * 100,000 ready and 100,000 scheduled queues each, twice over: one gateway with the JVM's default
 * settings and one whose heap is capped at the 512 MiB target, so that one run shows both what G1
 * chooses to commit and that the summaries fit in the target at the same speed. In interleaved
 * rounds it times merely downloading every node's {@code /metrics} at once ({@code curl}, one per
 * node, bytes thrown away), then a queue summary and a provider summary through each gateway; prints
 * the medians, each summary's ratio to the download, each gateway's CPU per summary and its heap
 * (from its GC log), and the load.
 */
public final class SummaryBenchmark {

    private static final int NODES = 10;
    private static final int QUEUES = 100_000;
    private static final int WARMUP_ROUNDS = 2;
    private static final int ROUNDS = 7;
    private static final Duration LONG = Duration.ofMinutes(5);
    private static final String HEAP_CAP = "-Xmx512m";

    /** A gateway under test: its JVM options as printed, its process and its GC log. */
    private record Gateway(String jvm, GatewayProcess process, Path gcLog) {}

    public static void main(String[] args) throws Exception {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        System.out.printf("starting %d simulated nodes of %,d ready and %,d scheduled queues%n", NODES, QUEUES, QUEUES);
        SimulatedFleet fleet = SimulatedFleet.startAndWait(vertx,
                SimFleetOptions.of(NODES).withQueuesPerNode(QUEUES).withTickInterval(Duration.ZERO), LONG);
        List<Gateway> gateways = new ArrayList<>();
        try {
            // The first gateway has the JVM's defaults (the heap sized as an operator's would be) plus
            // whatever GATEWAY_JVM_OPTIONS adds, e.g. a profiler; the second is capped at the target.
            String extra = System.getenv().getOrDefault("GATEWAY_JVM_OPTIONS", "").strip();
            gateways.add(start(fleet, extra.isEmpty() ? List.of() : List.of(extra.split("\\s+"))));
            gateways.add(start(fleet, List.of(HEAP_CAP)));
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            Map<String, Timed> runs = new LinkedHashMap<>();
            Map<String, Long> pids = new LinkedHashMap<>();
            runs.put("download /metrics of every node (curl)", () -> download(fleet));
            for (Gateway gateway : gateways) {
                for (String path : List.of("/api/fleet/v1/queues/summary", "/api/fleet/v1/providers/summary")) {
                    String name = "GET " + path + " (" + gateway.jvm() + ")";
                    runs.put(name, () -> summary(http, gateway.process(), path));
                    pids.put(name, gateway.process().pid());
                }
            }
            Map<String, List<Long>> wall = new LinkedHashMap<>();
            Map<String, List<Long>> gatewayCpu = new LinkedHashMap<>();
            runs.keySet().forEach(k -> {
                wall.put(k, new ArrayList<>());
                gatewayCpu.put(k, new ArrayList<>());
            });
            String loadBefore = loadAverage();
            for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
                for (var run : runs.entrySet()) {
                    Long pid = pids.get(run.getKey());
                    long cpuBefore = pid == null ? 0 : cpuNanos(pid);
                    long started = System.nanoTime();
                    run.getValue().run();
                    long took = System.nanoTime() - started;
                    long cpu = pid == null ? 0 : cpuNanos(pid) - cpuBefore;
                    if (round >= WARMUP_ROUNDS) {
                        wall.get(run.getKey()).add(took);
                        gatewayCpu.get(run.getKey()).add(cpu);
                    }
                }
                System.out.printf("round %d of %d done%n", round + 1, WARMUP_ROUNDS + ROUNDS);
            }
            String loadAfter = loadAverage();

            double download = median(wall.values().iterator().next());
            System.out.printf("%n%d nodes x (%,d ready + %,d scheduled queues), %d rounds, medians:%n", NODES, QUEUES,
                    QUEUES, ROUNDS);
            for (String name : runs.keySet()) {
                double median = median(wall.get(name));
                String cpu = pids.containsKey(name)
                        ? String.format("  gateway CPU %.2f s", median(gatewayCpu.get(name)) / 1e9) : "";
                System.out.printf("  %-70s %6.2f s  ratio to download %.2f%s%n", name, median / 1e9, median / download,
                        cpu);
            }
            for (Gateway gateway : gateways) {
                System.out.printf("heap of the gateway with %s over the whole run (from its GC log): %s%n",
                        gateway.jvm(), HeapFigures.of(Files.readAllLines(gateway.gcLog())));
            }
            System.out.printf("load average (1, 5, 15 min) before: %s, after: %s; %d CPUs%n", loadBefore, loadAfter,
                    Runtime.getRuntime().availableProcessors());
        } finally {
            for (Gateway gateway : gateways) {
                gateway.process().close();
            }
            fleet.stopAndWait(Duration.ofMinutes(1));
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    /** A gateway in front of {@code fleet} with {@code options} added to its JVM's, logging its collections. */
    private static Gateway start(SimulatedFleet fleet, List<String> options) throws Exception {
        Path workDir = Files.createTempDirectory("summary-bench");
        Path gcLog = workDir.resolve("gc.log");
        Map<String, String> config = new LinkedHashMap<>();
        for (SimulatedNode node : fleet.nodes()) {
            config.put("kumo.fleet.nodes." + node.name() + ".url", node.url().toString());
        }
        config.put("kumo.fleet.reconcile-interval", "1h");
        // every summary reads the nodes afresh instead of answering from the previous one
        config.put("kumo.fleet.summary-cache", "0s");
        config.put("quarkus.log.level", "WARN");
        List<String> jvmOptions = new ArrayList<>(List.of("-Xlog:gc:file=" + gcLog));
        jvmOptions.addAll(options);
        String jvm = options.isEmpty() ? "default JVM settings" : String.join(" ", options);
        System.out.println("starting a gateway with " + jvm + " (GC log " + gcLog + ")");
        return new Gateway(jvm, GatewayProcess.configure(workDir, config, jvmOptions.toArray(String[]::new)).start(),
                gcLog);
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
