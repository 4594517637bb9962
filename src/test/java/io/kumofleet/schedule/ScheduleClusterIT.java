package io.kumofleet.schedule;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kumofleet.fleet.directive.FleetTag;
import io.kumofleet.sim.SimFleetOptions;
import io.kumofleet.sim.SimulatedFleet;
import io.kumofleet.sim.SimulatedNode;
import io.kumofleet.support.GatewayProcess;
import io.kumofleet.support.PostgresDatabase;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two gateway replicas on one PostgreSQL fire each of 200 windows due in the same minute exactly once. */
class ScheduleClusterIT {

    private static final int SCHEDULES = 200;
    private static final Duration WAIT = Duration.ofMinutes(2);

    @TempDir
    Path workDir;

    @Test
    void everyWindowFiresExactlyOnceAcrossTwoReplicas() throws Exception {
        try (PostgresDatabase database = PostgresDatabase.create()) {
            Vertx vertx = Vertx.vertx();
            SimulatedFleet fleet = SimulatedFleet.startAndWait(vertx,
                    SimFleetOptions.of(3).withQueuesPerNode(10).withTickInterval(Duration.ZERO), WAIT);
            GatewayProcess a = replica("gw-a", database, fleet).start();
            GatewayProcess b = replica("gw-b", database, fleet).start();
            try {
                Instant start = Instant.now().plusSeconds(20).truncatedTo(ChronoUnit.SECONDS);
                for (int i = 0; i < SCHEDULES; i++) {
                    given().baseUri((i % 2 == 0 ? a : b).url().toString()).contentType("application/json")
                            .body("{\"kind\":\"bounce\",\"domain\":\"d" + i + ".example\",\"reason\":\"cluster\","
                                    + "\"start\":\"" + start + "\",\"duration\":\"10m\"}")
                            .post("/api/fleet/v1/schedules").then().statusCode(201);
                }

                await().atMost(WAIT).until(() -> firedRuns(a) == SCHEDULES);

                List<Map<String, Object>> directives = given().baseUri(a.url().toString())
                        .queryParam("state", "all").get("/api/fleet/v1/bounces").then().statusCode(200)
                        .extract().jsonPath().getList("directives");
                assertThat(directives).hasSize(SCHEDULES);
                Set<String> ids = directives.stream().map(d -> (String) d.get("id")).collect(Collectors.toSet());
                List<Map<String, Object>> schedules = given().baseUri(b.url().toString()).queryParam("state", "all")
                        .get("/api/fleet/v1/schedules").then().extract().jsonPath().getList("$");
                Map<String, Long> timedOutAtFiring = new java.util.HashMap<>();
                for (Map<String, Object> schedule : schedules) {
                    List<Map<String, Object>> runs = given().baseUri(b.url().toString())
                            .get("/api/fleet/v1/schedules/" + schedule.get("id")).then().extract().jsonPath()
                            .getList("runs");
                    assertThat(runs).hasSize(1);
                    assertThat(runs.get(0).get("status")).isEqualTo("fired");
                    for (Object o : (List<?>) runs.get(0).get("outcomes")) {
                        Map<?, ?> outcome = (Map<?, ?>) o;
                        if ("failed".equals(outcome.get("result"))) {
                            timedOutAtFiring.merge((String) outcome.get("node"), 1L, Long::sum);
                        }
                    }
                }
                for (SimulatedNode node : fleet.nodes()) {
                    // One POST per window; a call the firing gave up on (overloaded machine) may have landed
                    // anyway and also be sent again by the reconciler, so it may count twice -- never more.
                    assertThat(node.requests().of("POST", "/api/admin/bounce/v1")).isBetween((long) SCHEDULES,
                            SCHEDULES + timedOutAtFiring.getOrDefault(node.name(), 0L));
                    List<String> reasons = given().baseUri(node.url().toString()).get("/api/admin/bounce/v1")
                            .then().extract().jsonPath().getList("reason");
                    assertThat(reasons.stream().map(r -> FleetTag.idIn(r).orElseThrow()).collect(Collectors.toSet()))
                            .isEqualTo(ids);
                }
                System.out.printf("fired by replica: %s%n", schedules.stream().map(s -> (String) s.get("id"))
                        .map(id -> given().baseUri(a.url().toString()).get("/api/fleet/v1/schedules/" + id)
                                .then().extract().jsonPath().getString("runs[0].fired_by"))
                        .collect(Collectors.groupingBy(r -> r, Collectors.counting())));
            } finally {
                a.stop();
                b.stop();
                fleet.stopAndWait(WAIT);
                SimulatedFleet.await(vertx.close(), WAIT);
            }
        }
    }

    private GatewayProcess replica(String name, PostgresDatabase database, SimulatedFleet fleet) throws Exception {
        Map<String, String> config = new LinkedHashMap<>();
        fleet.nodes().forEach(n -> config.put("kumo.fleet.nodes." + n.name() + ".url", n.url().toString()));
        config.put("kumo.fleet.instance-id", name);
        config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
        config.put("quarkus.datasource.username", "postgres");
        return GatewayProcess.configure(GatewayProcess.postgresqlJar(), workDir, config);
    }

    private static long firedRuns(GatewayProcess gateway) {
        return given().baseUri(gateway.url().toString()).queryParam("state", "all").get("/api/fleet/v1/schedules")
                .then().extract().jsonPath().getList("state").stream().filter("finished"::equals).count();
    }
}
