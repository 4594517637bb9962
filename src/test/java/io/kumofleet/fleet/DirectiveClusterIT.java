package io.kumofleet.fleet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kumofleet.fleet.directive.FleetTag;
import io.kumofleet.sim.SimFleetOptions;
import io.kumofleet.sim.SimulatedFleet;
import io.kumofleet.sim.SimulatedNode;
import io.kumofleet.support.GatewayProcess;
import io.kumofleet.support.HangGuard;
import io.kumofleet.support.PostgresDatabase;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two gateway replicas on one PostgreSQL create overlapping directives (same criteria, different
 * ends) at the same moment: every directive stays in force, and every node ends up holding the rule
 * of the one that ends last, whichever replica's node call landed last.
 */
class DirectiveClusterIT {

    private static final int PAIRS = 10;

    @TempDir
    Path workDir;

    @Test
    void overlappingDirectivesFromTwoReplicasAtOnceLeaveEveryNodeWithTheLatestEnd() throws Exception {
        try (PostgresDatabase database = PostgresDatabase.create()) {
            Vertx vertx = Vertx.vertx();
            SimulatedFleet fleet = SimulatedFleet.startAndWait(vertx,
                    SimFleetOptions.of(3).withQueuesPerNode(10).withTickInterval(Duration.ZERO), HangGuard.LIMIT);
            GatewayProcess a = replica("gw-a", database, fleet).start();
            GatewayProcess b = replica("gw-b", database, fleet).start();
            try {
                Map<String, String> longest = new LinkedHashMap<>();
                List<String> all = new ArrayList<>();
                for (int i = 0; i < PAIRS; i++) {
                    String domain = "d" + i + ".example";
                    CyclicBarrier together = new CyclicBarrier(2);
                    // replica a asks for the shorter one on even pairs, replica b on odd ones
                    CompletableFuture<String> shorter = create(i % 2 == 0 ? a : b, domain, "30m", together);
                    CompletableFuture<String> longer = create(i % 2 == 0 ? b : a, domain, "60m", together);
                    longest.put(domain, longer.get());
                    all.add(shorter.get());
                    all.add(longer.get());
                }

                await().atMost(HangGuard.LIMIT).untilAsserted(() -> {
                    for (SimulatedNode node : fleet.nodes()) {
                        Map<String, String> carried = new LinkedHashMap<>();
                        given().baseUri(node.url().toString()).get("/api/admin/bounce/v1").then().extract()
                                .jsonPath().<Map<String, Object>>getList("$")
                                .forEach(r -> carried.put((String) r.get("domain"),
                                        FleetTag.idIn((String) r.get("reason")).orElseThrow()));
                        assertThat(carried).as(node.name()).isEqualTo(longest);
                    }
                });
                List<String> active = given().baseUri(a.url().toString()).get("/api/fleet/v1/bounces").then()
                        .statusCode(200).extract().jsonPath().getList("directives.id");
                assertThat(active).containsExactlyInAnyOrderElementsOf(all);
            } finally {
                a.stop();
                b.stop();
                fleet.stopAndWait(HangGuard.LIMIT);
                SimulatedFleet.await(vertx.close(), HangGuard.LIMIT);
            }
        }
    }

    private static CompletableFuture<String> create(GatewayProcess gateway, String domain, String duration,
            CyclicBarrier together) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return given().baseUri(gateway.url().toString()).contentType("application/json")
                    .body("{\"domain\":\"" + domain + "\",\"reason\":\"" + duration + "\",\"duration\":\"" + duration
                            + "\"}")
                    .post("/api/fleet/v1/bounces").then().statusCode(201).extract().jsonPath()
                    .getString("directive.id");
        });
    }

    private GatewayProcess replica(String name, PostgresDatabase database, SimulatedFleet fleet) throws Exception {
        Map<String, String> config = new LinkedHashMap<>();
        fleet.nodes().forEach(n -> config.put("kumo.fleet.nodes." + n.name() + ".url", n.url().toString()));
        config.put("kumo.fleet.instance-id", name);
        config.put("kumo.fleet.reconcile-interval", "1s");
        config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
        config.put("quarkus.datasource.username", "postgres");
        return GatewayProcess.configure(GatewayProcess.postgresqlJar(), workDir, config);
    }
}
