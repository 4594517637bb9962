package io.kumofleet.cli.fleet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --node} and {@code --tag}: which nodes a fleet command reaches; every node when neither is given. */
final class TargetOptions {

    @Option(names = "--node", paramLabel = "<NODE>",
            description = "Only this node (repeatable). With neither --node nor --tag, every node.")
    List<String> nodes;

    @Option(names = "--tag", paramLabel = "<TAG>", description = "Only nodes with this tag (repeatable).")
    List<String> tags;

    /** The {@code target} of a request body, or null for every node. */
    Map<String, List<String>> body() {
        if (isEmpty(nodes) && isEmpty(tags)) {
            return null;
        }
        Map<String, List<String>> target = new LinkedHashMap<>();
        if (!isEmpty(nodes)) {
            target.put("nodes", nodes);
        }
        if (!isEmpty(tags)) {
            target.put("tags", tags);
        }
        return target;
    }

    /** Adds {@code node} and {@code tag} query parameters. */
    GatewayClient.Query query(GatewayClient.Query query) {
        return query.addAll("node", nodes).addAll("tag", tags);
    }

    private static boolean isEmpty(List<String> values) {
        return values == null || values.isEmpty();
    }
}
