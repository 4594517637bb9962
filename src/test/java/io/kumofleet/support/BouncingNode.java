package io.kumofleet.support;

import io.kumofleet.sim.SimNodeOptions;
import io.kumofleet.sim.SimulatedNode;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A simulated node with one bounce rule in force, so that {@code bounce-list} has an entry to decode and
 * print: what the command-mode cache is trained on and what the command-mode benchmark reads.
 */
public final class BouncingNode {

    /** The reason of the rule; a run that printed it read the node's answer. */
    public static final String REASON = "cache training";

    private BouncingNode() {}

    public static SimulatedNode start(Vertx vertx) throws Exception {
        SimulatedNode node = SimulatedNode.start(vertx, SimNodeOptions.defaults("sim-1").withTickInterval(Duration.ZERO))
                .toCompletionStage().toCompletableFuture().get(HangGuard.LIMIT.toSeconds(), TimeUnit.SECONDS);
        addBounce(node);
        return node;
    }

    private static void addBounce(SimulatedNode node) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(node.url().resolve("/api/admin/bounce/v1"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"domain\":\"example.com\",\"reason\":\"" + REASON + "\",\"duration\":\"1h\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the simulated node refused the bounce: " + response.body());
        }
    }
}
