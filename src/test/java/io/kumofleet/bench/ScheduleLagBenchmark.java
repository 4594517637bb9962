package io.kumofleet.bench;

import io.kumofleet.sim.SimFleetOptions;
import io.kumofleet.sim.SimulatedFleet;
import io.kumofleet.support.GatewayProcess;
import io.kumofleet.support.PostgresDatabase;
import io.vertx.core.Vertx;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Firing lag with 10,000 pending schedules: the PostgreSQL gateway, default poll settings, three
 * simulated nodes; the windows start evenly over two minutes. Prints the lateness (fired minus due)
 * percentiles read from the run history, and p99 as a ratio to the 2 s target.
 */
public final class ScheduleLagBenchmark {

    private static final int SCHEDULES = 10_000;
    private static final Duration SPREAD = Duration.ofMinutes(2);
    private static final Duration LEAD = Duration.ofSeconds(90);

    public static void main(String[] args) throws Exception {
        Vertx vertx = Vertx.vertx();
        SimulatedFleet fleet = SimulatedFleet.startAndWait(vertx,
                SimFleetOptions.of(3).withQueuesPerNode(10).withTickInterval(Duration.ZERO), Duration.ofMinutes(1));
        Path workDir = Files.createTempDirectory("schedule-lag");
        try (PostgresDatabase database = PostgresDatabase.create()) {
            Map<String, String> config = new LinkedHashMap<>();
            fleet.nodes().forEach(n -> config.put("kumo.fleet.nodes." + n.name() + ".url", n.url().toString()));
            config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
            config.put("quarkus.datasource.username", "postgres");
            config.put("quarkus.log.level", "WARN");
            try (GatewayProcess gateway = GatewayProcess.configure(GatewayProcess.postgresqlJar(), workDir, config)
                    .start()) {
                Instant first = Instant.now().plus(LEAD).truncatedTo(ChronoUnit.SECONDS);
                create(gateway, first);
                System.out.printf("created %,d schedules; first window at %s, last at %s%n", SCHEDULES, first,
                        first.plus(SPREAD));
                List<Long> lateness = awaitLateness(database, first.plus(SPREAD).plus(Duration.ofMinutes(2)));
                report(lateness);
            }
        } finally {
            fleet.stopAndWait(Duration.ofMinutes(1));
            vertx.close();
        }
    }

    private static void create(GatewayProcess gateway, Instant first) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> posts = new ArrayList<>();
        long stepNanos = SPREAD.toNanos() / SCHEDULES;
        for (int i = 0; i < SCHEDULES; i++) {
            Instant start = first.plusNanos(stepNanos * i).truncatedTo(ChronoUnit.MILLIS);
            String body = "{\"kind\":\"bounce\",\"domain\":\"lag" + i + ".example\",\"reason\":\"lag\",\"start\":\""
                    + start + "\",\"duration\":\"10m\"}";
            posts.add(pool.submit(() -> {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(gateway.url().resolve("/api/fleet/v1/schedules"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", gateway.adminAuthorization())
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 201) {
                    throw new IllegalStateException(r.statusCode() + " " + r.body());
                }
                return null;
            }));
        }
        for (Future<?> post : posts) {
            post.get();
        }
        pool.shutdown();
        if (Instant.now().isAfter(first)) {
            throw new IllegalStateException("creating the schedules took longer than the lead time; raise LEAD");
        }
    }

    private static List<Long> awaitLateness(PostgresDatabase database, Instant deadline) throws Exception {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
                Statement s = c.createStatement()) {
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM schedule_run WHERE status <> 'firing'")) {
                    r.next();
                    if (r.getInt(1) == SCHEDULES) {
                        break;
                    }
                }
                s.execute("SELECT pg_sleep(1)");
            }
            List<Long> lateness = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT status, lateness_ms FROM schedule_run")) {
                while (r.next()) {
                    if (!"fired".equals(r.getString(1))) {
                        throw new IllegalStateException("a window was " + r.getString(1));
                    }
                    lateness.add(r.getLong(2));
                }
            }
            if (lateness.size() != SCHEDULES) {
                throw new IllegalStateException("only " + lateness.size() + " windows fired before the deadline");
            }
            return lateness;
        }
    }

    private static void report(List<Long> lateness) {
        List<Long> sorted = lateness.stream().sorted().toList();
        System.out.printf("firing lag over %,d windows (fired minus due), default poll settings:%n", sorted.size());
        for (double p : new double[] {0.50, 0.90, 0.99, 1.0}) {
            long value = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
            System.out.printf("  p%-4s %6d ms%n", p == 1.0 ? "max" : String.valueOf((int) (p * 100)), value);
        }
        long p99 = sorted.get((int) Math.ceil(0.99 * sorted.size()) - 1);
        System.out.printf("  p99 / 2 s target = %.2f%n", p99 / 2000.0);
    }
}
