package io.kumofleet.fleet.summary;

import static io.restassured.RestAssured.given;

import io.kumofleet.sim.SimulatedNode;
import io.kumofleet.support.TestFleet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a simulated node's own {@code /metrics} says, read with plain regular expressions rather
 * than the gateway's parser, as the oracle the summaries are compared with.
 */
final class NodeMetricsText {

    private static final Pattern READY = Pattern.compile(
            "^(total_messages_delivered|total_messages_transfail|connection_count|ready_count)"
                    + "\\{service=\"[^\":]*:(.*)\"} (\\d+)$", Pattern.MULTILINE);
    private static final Pattern SCHEDULED = Pattern.compile("^scheduled_count\\{queue=\"(.*)\"} (\\d+)$",
            Pattern.MULTILINE);
    private static final Pattern PROVIDER = Pattern.compile(
            "^(total_messages_delivered_by_provider|total_messages_transfail_by_provider|total_messages_fail_by_provider"
                    + "|connection_count_by_provider|queued_count_by_provider)\\{provider=\"(.*)\"} (\\d+)$",
            Pattern.MULTILINE);

    /** Per ready queue: delivered, transfail, connections, queued. */
    final Map<String, long[]> ready = new LinkedHashMap<>();
    /** Per scheduled queue: its count. */
    final Map<String, Long> scheduled = new LinkedHashMap<>();
    /** Per provider: delivered, transfail, fail, connections, queued. */
    final Map<String, long[]> providers = new LinkedHashMap<>();

    private NodeMetricsText(String text) {
        Matcher m = READY.matcher(text);
        while (m.find()) {
            int column = switch (m.group(1)) {
                case "total_messages_delivered" -> 0;
                case "total_messages_transfail" -> 1;
                case "connection_count" -> 2;
                default -> 3;
            };
            ready.computeIfAbsent(m.group(2), k -> new long[4])[column] += Long.parseLong(m.group(3));
        }
        m = SCHEDULED.matcher(text);
        while (m.find()) {
            scheduled.merge(m.group(1), Long.parseLong(m.group(2)), Long::sum);
        }
        m = PROVIDER.matcher(text);
        while (m.find()) {
            int column = switch (m.group(1)) {
                case "total_messages_delivered_by_provider" -> 0;
                case "total_messages_transfail_by_provider" -> 1;
                case "total_messages_fail_by_provider" -> 2;
                case "connection_count_by_provider" -> 3;
                default -> 4;
            };
            providers.computeIfAbsent(m.group(2), k -> new long[5])[column] += Long.parseLong(m.group(3));
        }
    }

    static NodeMetricsText of(String node) {
        return of(TestFleet.node(node));
    }

    static NodeMetricsText of(SimulatedNode node) {
        return new NodeMetricsText(given().baseUri(node.url().toString())
                .get("/metrics").then().statusCode(200).extract().asString());
    }
}
