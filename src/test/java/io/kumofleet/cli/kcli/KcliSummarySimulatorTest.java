package io.kumofleet.cli.kcli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumofleet.sim.SimClock;
import io.kumofleet.sim.SimNodeOptions;
import io.kumofleet.sim.SimQueues;
import io.kumofleet.sim.SimulatedFleet;
import io.kumofleet.sim.SimulatedNode;
import io.kumofleet.support.HangGuard;
import io.kumofleet.support.SimulatedKumod;
import io.kumofleet.support.StubMxResolver;
import io.kumofleet.text.NaturalOrder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

/**
 * queue-summary and provider-summary against a simulated kumod over real HTTP: every queue the node
 * has, with its own figures, the node's rules and states in the status column, and the failures of
 * a failing or absent node.
 */
@QuarkusTest
class KcliSummarySimulatorTest {

    private static final Duration TIMEOUT = HangGuard.LIMIT;
    private static final String GMAIL_SITE = "(alt1|alt2|alt3|alt4)?.gmail-smtp-in.l.google.com";
    private static final String[] GMAIL_MX = {"5 gmail-smtp-in.l.google.com.", "10 alt1.gmail-smtp-in.l.google.com.",
        "20 alt2.gmail-smtp-in.l.google.com.", "30 alt3.gmail-smtp-in.l.google.com.", "40 alt4.gmail-smtp-in.l.google.com."};
    private static final String REFUSED = "\n\nCaused by:\n    0: client error (Connect)\n    1: tcp connect error\n"
            + "    2: Connection refused (os error 111)\n";

    @RegisterExtension
    static final SimulatedKumod KUMOD = SimulatedKumod.direct(() -> SimNodeOptions.defaults("sim-kcli")
            .withScheduledQueues(900).withReadyQueues(60).withSeed(7).withTickInterval(Duration.ZERO)
            .withClock(new SimClock(Instant.parse("2026-06-19T13:42:17Z"))), TIMEOUT);

    @Inject
    CommandLine.IFactory factory;

    private SimulatedNode node;
    private SimQueues queues;
    private KcliRunner kcli;

    @BeforeEach
    void start() {
        node = KUMOD.node();
        queues = node.queues();
        kcli = new KcliRunner(factory);
    }

    @AfterEach
    void stop() {
        StubMxResolver.clear();
    }

    private KcliRunner.Result run(String... args) {
        return kcli.runAt(node.url().toString(), args);
    }

    /** The two tables' rows (header left out), each row split at spaces: the names have none. */
    private record Tables(List<String[]> ready, List<String[]> scheduled, String[] readyHeader) {
        static Tables of(KcliRunner.Result result) {
            assertEquals(0, result.exitCode(), result.err());
            assertEquals("", result.err());
            String[] parts = result.out().split("\n\n", -1);
            assertEquals(2, parts.length, result.out());
            List<String> ready = parts[0].lines().toList();
            List<String> scheduled = parts[1].lines().toList();
            assertTrue(scheduled.get(0).startsWith("SCHEDULED QUEUE "), scheduled.get(0));
            return new Tables(split(ready.subList(1, ready.size())), split(scheduled.subList(1, scheduled.size())),
                    ready.get(0).trim().split(" +"));
        }

        private static List<String[]> split(List<String> lines) {
            return lines.stream().map(line -> line.trim().split(" +")).toList();
        }
    }

    private static long number(String cell) {
        return Long.parseLong(cell.replace(",", ""));
    }

    @Test
    void queueSummaryShowsEveryQueueOfTheNodeWithItsFigures() {
        Tables tables = Tables.of(run("queue-summary"));

        assertEquals(List.of("SITE", "SOURCE", "PROTO", "D", "T", "C", "Q"), Arrays.asList(tables.readyHeader()));
        Map<String, String[]> ready = new LinkedHashMap<>();
        tables.ready().forEach(row -> ready.put(row[1] + "->" + row[0] + "@" + row[2], row));
        List<String> readyNames = queues.readyQueueNames().stream().sorted(NaturalOrder.INSTANCE).toList();
        assertEquals(readyNames, List.copyOf(ready.keySet()));
        for (String name : readyNames) {
            assertEquals(queues.delivered(name), number(ready.get(name)[3]), name);
            assertEquals(queues.readyCount(name), number(ready.get(name)[6]), name);
        }

        List<String> scheduledNames = queues.scheduledQueueNames().stream().sorted(NaturalOrder.INSTANCE).toList();
        assertEquals(scheduledNames, tables.scheduled().stream().map(row -> row[0]).toList());
        for (String[] row : tables.scheduled()) {
            assertEquals(queues.scheduledCount(row[0]), number(row[1]), row[0]);
        }
    }

    @Test
    void theStatusColumnShowsTheNodesSuspensionsBouncesAndStates() throws Exception {
        String readyQueue = queues.readyQueueNames().get(1);
        assertEquals(0, run("suspend-ready-q", "--name", readyQueue, "--reason", "maintenance").exitCode());
        assertEquals(0, run("suspend", "--domain", "yahoo.com", "--reason", "slow down").exitCode());
        assertEquals(0, run("bounce", "--tenant", "acme", "--domain", "gmail.com", "--reason", "purge").exitCode());
        Map<String, List<String>> states = readyQueueStates();
        assertFalse(states.isEmpty(), "the simulator puts some ready queues in a throttled state");

        KcliRunner.Result result = run("queue-summary");
        Tables.of(result);
        for (String line : result.out().split("\n\n")[0].lines().skip(1).toList()) {
            String[] row = line.trim().split(" +", 8);
            String name = row[1] + "->" + row[0] + "@" + row[2];
            List<String> status = new ArrayList<>();
            if (name.equals(readyQueue)) {
                status.add("\uD83D\uDED1suspend: maintenance");
            }
            status.addAll(states.getOrDefault(name, List.of()));
            assertEquals(String.join(", ", status), row.length > 7 ? row[7].stripTrailing() : "", line);
        }
        for (String line : result.out().split("\n\n")[1].lines().skip(1).toList()) {
            String[] row = line.trim().split(" +", 3);
            String expected = row[0].startsWith("acme@gmail.com") || row[0].matches("[a-z]+:acme@gmail\\.com.*")
                    ? "\uD83D\uDDD1\uFE0F bounce: purge"
                    : row[0].matches("(.*@)?yahoo\\.com(!.*)?") ? "\uD83D\uDED1suspend: slow down" : "";
            assertEquals(expected, row.length > 2 ? row[2].stripTrailing() : "", line);
        }
        assertTrue(result.out().contains("bounce: purge") && result.out().contains("suspend: slow down"), result.out());
    }

    @Test
    void byVolumeWithALimitShowsTheBiggestQueues() {
        Tables tables = Tables.of(run("queue-summary", "--by-volume", "--limit", "3"));

        assertEquals(3, tables.ready().size());
        assertEquals(3, tables.scheduled().size());
        List<Long> biggest = queues.scheduledQueueNames().stream().map(queues::scheduledCount)
                .sorted(Comparator.reverseOrder()).limit(3).toList();
        assertEquals(biggest, tables.scheduled().stream().map(row -> number(row[1])).toList());
        List<Long> volumes = tables.ready().stream()
                .map(row -> number(row[3]) + number(row[4]) + number(row[5]) + number(row[6])).toList();
        assertEquals(volumes.stream().sorted(Comparator.reverseOrder()).toList(), volumes);
    }

    @Test
    void domainKeepsTheQueuesOfTheDomainsSite() {
        // gmail.com and every plain domain the simulator routes to the gmail site share gmail's MX.
        StubMxResolver.mx("gmail.com", GMAIL_MX);
        Set<String> sameSite = queues.scheduledQueueNames().stream()
                .filter(name -> name.matches("[a-z0-9.-]+") && queues.readyQueueOf(name).contains("->" + GMAIL_SITE + "@"))
                .collect(Collectors.toSet());
        sameSite.forEach(domain -> StubMxResolver.mx(domain, GMAIL_MX));
        assertTrue(sameSite.size() > 1, "the simulator routes other domains to gmail's site: " + sameSite);

        Tables tables = Tables.of(run("queue-summary", "--domain", "gmail.com"));

        assertEquals(queues.readyQueueNames().stream().filter(name -> name.contains("->" + GMAIL_SITE + "@")).count(),
                tables.ready().size());
        tables.ready().forEach(row -> assertEquals(GMAIL_SITE, row[0]));
        assertEquals(sameSite.stream().sorted(NaturalOrder.INSTANCE).toList(),
                tables.scheduled().stream().map(row -> row[0]).toList());
    }

    @Test
    void providerSummaryAddsUpTheNodesTraffic() {
        KcliRunner.Result result = run("provider-summary");
        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals(List.of("PROVIDER", "D", "T", "F", "C", "Q"), Arrays.asList(lines.get(0).trim().split(" +")));
        List<String[]> rows = lines.subList(1, lines.size()).stream().map(line -> line.trim().split(" +")).toList();
        assertTrue(rows.stream().map(row -> row[0]).toList().containsAll(List.of("google", "yahoo", "microsoft")));
        List<Long> volumes = rows.stream()
                .map(row -> number(row[1]) + number(row[2]) + number(row[3]) + number(row[5])).toList();
        assertEquals(volumes.stream().sorted(Comparator.reverseOrder()).toList(), volumes);
        long delivered = queues.readyQueueNames().stream().mapToLong(queues::delivered).sum();
        assertEquals(delivered, rows.stream().mapToLong(row -> number(row[1])).sum());

        KcliRunner.Result byPool = run("provider-summary", "--by-pool", "--limit", "4");
        assertEquals(0, byPool.exitCode(), byPool.err());
        List<String> poolLines = byPool.out().lines().toList();
        assertEquals(List.of("PROVIDER", "POOL", "D", "T", "F", "C", "Q"),
                Arrays.asList(poolLines.get(0).trim().split(" +")));
        assertEquals(4, poolLines.size() - 1);
        poolLines.subList(1, poolLines.size()).forEach(line -> assertTrue(line.split(" +")[1].matches("pool-[ab]"), line));
    }

    @Test
    void aFailingNodeIsAKcliError() {
        node.faults().errorRate(1.0);
        String error = "Error: request status 500: Internal Server Error. Response body: Error: simulated failure\n";
        assertEquals(new KcliRunner.Result(1, "", error), run("queue-summary"));
        assertEquals(new KcliRunner.Result(1, "", error), run("provider-summary"));

        node.faults().clear().garbageRate(1.0);
        KcliRunner.Result garbled = run("provider-summary");
        assertEquals(1, garbled.exitCode());
        assertEquals("", garbled.out());
        assertTrue(garbled.err().startsWith("Error: /metrics line 1: "), garbled.err());
    }

    @Test
    void anAbsentNodeIsARefusedConnection() throws Exception {
        String url = node.url().toString().replaceAll("/$", "");
        SimulatedFleet.await(node.goDown(), TIMEOUT);
        assertEquals(new KcliRunner.Result(1, "", "Error: error sending request for url (" + url
                + "/api/admin/suspend/v1)" + REFUSED), run("queue-summary"));
        assertEquals(new KcliRunner.Result(1, "", "Error: error sending request for url (" + url + "/metrics)" + REFUSED),
                run("provider-summary", "--by-pool"));
    }

    /** The node's ready-queue states as kcli's status column shows them, per ready queue. */
    private Map<String, List<String>> readyQueueStates() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(node.url().toString().replaceAll("/$", "") + "/api/admin/ready-q-states/v1"))
                        .GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode byQueue = new ObjectMapper().readTree(response.body()).get("states_by_ready_queue");
        Map<String, List<String>> out = new LinkedHashMap<>();
        byQueue.fields().forEachRemaining(queue -> queue.getValue().fields().forEachRemaining(state -> {
            String since = state.getValue().get("since").asText();
            assertTrue(since.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), since);
            out.computeIfAbsent(queue.getKey(), q -> new ArrayList<>()).add(state.getKey() + ": "
                    + state.getValue().get("context").asText() + " @ " + since.replace('T', ' ').replace("Z", " UTC"));
        }));
        return out;
    }
}
