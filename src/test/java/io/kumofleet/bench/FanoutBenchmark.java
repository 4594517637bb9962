package io.kumofleet.bench;

import io.kumofleet.sim.SimFleetOptions;
import io.kumofleet.sim.SimulatedFleet;
import io.kumofleet.sim.SimulatedNode;
import io.kumofleet.support.GatewayProcess;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a bounce's answer time grows with the fleet: the packaged gateway fronts 200 simulated nodes
 * that each answer after 100 ms, and POST /bounces is timed for 1, 50 and 200 target nodes in
 * interleaved rounds. Prints the medians and the ratios to the single-node time, measured in one run.
 */
public final class FanoutBenchmark {

    private static final Duration NODE_LATENCY = Duration.ofMillis(100);
    private static final int NODES = 200;
    private static final int WARMUP_ROUNDS = 5;
    private static final int ROUNDS = 15;

    public static void main(String[] args) throws Exception {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        SimulatedFleet fleet = SimulatedFleet.startAndWait(vertx,
                SimFleetOptions.of(NODES).withQueuesPerNode(10).withTickInterval(Duration.ZERO), Duration.ofMinutes(1));
        fleet.nodes().forEach(n -> n.faults().latency(NODE_LATENCY));
        Path workDir = Files.createTempDirectory("fanout-bench");
        Map<String, String> config = new LinkedHashMap<>();
        for (int i = 1; i <= NODES; i++) {
            SimulatedNode node = fleet.node(i);
            config.put("kumo.fleet.nodes." + node.name() + ".url", node.url().toString());
            config.put("kumo.fleet.nodes." + node.name() + ".tags", i == 1 ? "one,fifty" : i <= 50 ? "fifty" : "rest");
        }
        config.put("kumo.fleet.reconcile-interval", "1h");
        config.put("quarkus.log.level", "WARN");
        try (GatewayProcess gateway = GatewayProcess.configure(workDir, config).start()) {
            HttpClient http = HttpClient.newHttpClient();
            Map<String, String> targets = new LinkedHashMap<>();
            targets.put("1 node", "{\"tags\":[\"one\"]}");
            targets.put("50 nodes", "{\"tags\":[\"fifty\"]}");
            targets.put("200 nodes", "{}");
            Map<String, List<Long>> samples = new LinkedHashMap<>();
            targets.keySet().forEach(k -> samples.put(k, new ArrayList<>()));
            int request = 0;
            for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
                for (var target : targets.entrySet()) {
                    long nanos = bounce(http, gateway.url(), gateway.adminAuthorization(), target.getValue(),
                            request++);
                    if (round >= WARMUP_ROUNDS) {
                        samples.get(target.getKey()).add(nanos);
                    }
                }
            }
            double single = median(samples.get("1 node"));
            System.out.printf("fan-out of POST /api/fleet/v1/bounces, nodes answering after %d ms, %d rounds%n",
                    NODE_LATENCY.toMillis(), ROUNDS);
            for (var entry : samples.entrySet()) {
                double median = median(entry.getValue());
                System.out.printf("  %-9s median %7.1f ms   ratio to 1 node %.2f%n", entry.getKey(), median / 1e6,
                        median / single);
            }
        } finally {
            fleet.stopAndWait(Duration.ofMinutes(1));
            vertx.close();
        }
    }

    private static long bounce(HttpClient http, URI gateway, String authorization, String target, int n)
            throws Exception {
        String body = "{\"domain\":\"bench-" + n + ".example\",\"reason\":\"benchmark\",\"target\":" + target + "}";
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/api/fleet/v1/bounces"))
                .header("Content-Type", "application/json").header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - started;
        if (response.statusCode() != 201 || response.body().contains("\"failed\"")) {
            throw new IllegalStateException("bounce failed: " + response.statusCode() + " " + response.body());
        }
        return took;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2.0;
    }
}
