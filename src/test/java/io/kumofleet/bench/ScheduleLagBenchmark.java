package io.kumofleet.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumofleet.sim.SimFleetOptions;
import io.kumofleet.sim.SimulatedFleet;
import io.kumofleet.support.GatewayProcess;
import io.kumofleet.support.PostgresDatabase;
import io.vertx.core.Vertx;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Firing lag with 10,000 pending schedules: the PostgreSQL gateway as its own process, default poll
 * settings, three simulated nodes; the measured windows start evenly over two minutes. All schedules
 * are created through the API before any window is due (it stops when that takes longer than the
 * lead time), so only firing is measured. A warm-up of 1,000 windows over 20 s, ending 10 s before
 * the first measured window, lets the JIT compile the firing path first, as in a gateway that has
 * been running; it is not counted.
 *
 * <p>A window's firing lag is {@code fired_at} minus the window's start, read from the run history.
 * {@code fired_at} is taken after the window's directive was committed and its fan-out to the nodes
 * started, not when the schedule was claimed; the benchmark checks that every directive's
 * {@code created_at} is at or before its run's {@code fired_at}. It also prints when the nodes' answers
 * were recorded (the last node's {@code applied_at} minus the window's start: an upper bound of when
 * every node held the rule), how many windows had a node fail at the firing, and the lag by 30 s of
 * window starts. p99 of the firing lag is printed as a ratio to the 2 s target.
 */
public final class ScheduleLagBenchmark {

    private static final int SCHEDULES = 10_000;
    private static final Duration SPREAD = Duration.ofMinutes(2);
    private static final int WARM_UP = 1_000;
    private static final Duration WARM_UP_SPREAD = Duration.ofSeconds(20);
    /** Between the warm-up's last window and the first measured one. */
    private static final Duration QUIET = Duration.ofSeconds(10);
    /** From the start of creating the schedules to the warm-up's first window. */
    private static final Duration LEAD = Duration.ofSeconds(120);
    private static final Duration SLICE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

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
                Instant warmUp = Instant.now().plus(LEAD).truncatedTo(ChronoUnit.SECONDS);
                Instant first = warmUp.plus(WARM_UP_SPREAD).plus(QUIET);
                long started = System.nanoTime();
                create(gateway, "warm", WARM_UP, warmUp, WARM_UP_SPREAD);
                Set<String> measured = create(gateway, "lag", SCHEDULES, first, SPREAD);
                if (Instant.now().isAfter(warmUp)) {
                    throw new IllegalStateException("creating the schedules took longer than the lead time; raise LEAD");
                }
                System.out.printf("created %,d + %,d schedules in %.1f s; warm-up windows from %s, measured ones "
                        + "from %s to %s%n", WARM_UP, SCHEDULES, (System.nanoTime() - started) / 1e9, warmUp, first,
                        first.plus(SPREAD));
                List<Lag> lags = awaitLag(database, measured, first, first.plus(SPREAD).plus(Duration.ofMinutes(2)));
                System.out.printf("load average (1 min) when the last window had fired: %.2f on %d cores%n",
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                        Runtime.getRuntime().availableProcessors());
                report(lags);
            }
        } finally {
            fleet.stopAndWait(Duration.ofMinutes(1));
            vertx.close();
        }
    }

    /** Creates {@code count} one-window bounce schedules starting evenly over {@code spread}; returns their ids. */
    private static Set<String> create(GatewayProcess gateway, String name, int count, Instant from, Duration spread)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> posts = new ArrayList<>();
        long stepNanos = spread.toNanos() / count;
        for (int i = 0; i < count; i++) {
            Instant start = from.plusNanos(stepNanos * i).truncatedTo(ChronoUnit.MILLIS);
            String body = "{\"kind\":\"bounce\",\"domain\":\"" + name + i + ".example\",\"reason\":\"lag\","
                    + "\"start\":\"" + start + "\",\"duration\":\"10m\"}";
            posts.add(pool.submit(() -> {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(gateway.url().resolve("/api/fleet/v1/schedules"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", gateway.adminAuthorization())
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 201) {
                    throw new IllegalStateException(r.statusCode() + " " + r.body());
                }
                return JSON.readTree(r.body()).get("id").asText();
            }));
        }
        Set<String> ids = new HashSet<>();
        for (Future<String> post : posts) {
            ids.add(post.get());
        }
        pool.shutdown();
        return ids;
    }

    /**
     * Per measured window, in ms: its start after the first measured one, its firing lag, and when
     * every node's answer was recorded (-1 when some node did not take the rule at the firing; the
     * reconciler sends it again later).
     */
    private record Lag(long startOffset, long fired, long recorded) {}

    private static List<Lag> awaitLag(PostgresDatabase database, Set<String> measured, Instant first, Instant deadline)
            throws Exception {
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), "postgres", "");
                Statement s = c.createStatement()) {
            while (Instant.now().isBefore(deadline)) {
                try (ResultSet r = s.executeQuery("SELECT count(*) FROM schedule_run WHERE status <> 'firing'")) {
                    r.next();
                    if (r.getInt(1) == WARM_UP + SCHEDULES) {
                        break;
                    }
                }
                s.execute("SELECT pg_sleep(1)");
            }
            List<Lag> lags = new ArrayList<>();
            try (PreparedStatement runs = c.prepareStatement("""
                    SELECT run.status, run.window_start, run.fired_at, run.outcomes LIKE '%"failed"%' AS some_failed,
                           d.created_at,
                           (SELECT max(n.applied_at) FROM directive_node n WHERE n.directive_id = d.id) AS recorded
                    FROM schedule_run run LEFT JOIN directive d ON d.id = run.directive_id
                    WHERE run.schedule_id = ANY (?)""")) {
                runs.setArray(1, c.createArrayOf("varchar", measured.toArray()));
                try (ResultSet r = runs.executeQuery()) {
                    while (r.next()) {
                        if (!"fired".equals(r.getString("status"))) {
                            throw new IllegalStateException("a window was " + r.getString("status"));
                        }
                        Instant start = r.getTimestamp("window_start").toInstant();
                        Instant fired = r.getTimestamp("fired_at").toInstant();
                        Timestamp stored = r.getTimestamp("created_at");
                        if (stored == null || stored.toInstant().isAfter(fired)) {
                            throw new IllegalStateException("a run counts as fired at " + fired
                                    + " before its directive was stored");
                        }
                        long recorded = r.getBoolean("some_failed") ? -1
                                : Duration.between(start, r.getTimestamp("recorded").toInstant()).toMillis();
                        lags.add(new Lag(Duration.between(first, start).toMillis(),
                                Duration.between(start, fired).toMillis(), recorded));
                    }
                }
            }
            if (lags.size() != SCHEDULES) {
                throw new IllegalStateException("only " + lags.size() + " measured windows fired before the deadline");
            }
            return lags;
        }
    }

    private static void report(List<Lag> lags) {
        List<Long> fired = lags.stream().map(Lag::fired).sorted().toList();
        List<Long> recorded = lags.stream().map(Lag::recorded).filter(ms -> ms >= 0).sorted().toList();
        System.out.printf("over %,d windows, default poll settings, ms after each window's start:%n", fired.size());
        System.out.printf("  %-5s %8s %29s%n", "", "fired", "every node's answer recorded");
        for (double p : new double[] {0.50, 0.90, 0.99, 1.0}) {
            System.out.printf("  %-5s %8d %29s%n", p == 1.0 ? "max" : "p" + (int) (p * 100), percentile(fired, p),
                    recorded.isEmpty() ? "-" : String.valueOf(percentile(recorded, p)));
        }
        System.out.printf("  windows with a node that failed at the firing (left to the reconciler): %d%n",
                fired.size() - recorded.size());
        System.out.println("firing lag by when the window started:");
        lags.stream().collect(Collectors.groupingBy(l -> l.startOffset() / SLICE.toMillis(), TreeMap::new,
                        Collectors.mapping(Lag::fired, Collectors.toList())))
                .forEach((slice, ms) -> {
                    List<Long> sorted = ms.stream().sorted().toList();
                    System.out.printf("  %3d-%3d s: p50 %6d  p99 %6d ms%n", slice * SLICE.toSeconds(),
                            (slice + 1) * SLICE.toSeconds(), percentile(sorted, 0.5), percentile(sorted, 0.99));
                });
        System.out.printf("firing lag p99 / 2 s target = %.2f%n", percentile(fired, 0.99) / 2000.0);
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
