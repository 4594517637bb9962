package io.kumofleet.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumofleet.kumod.ScheduledQueueName;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What rules do to the simulated queues: bounces remove and count messages, suspensions hold them. */
class SimTrafficTest extends SimTestBase {

    private static final String BOUNCE = "/api/admin/bounce/v1";

    private Map<String, Long> messagesOf(List<String> queues) {
        Map<String, Long> counts = new HashMap<>();
        queues.forEach(q -> counts.put(q, node.queues().messageCount(q)));
        return counts;
    }

    private List<String> queuesWhere(java.util.function.Predicate<String> filter) {
        return node.queues().scheduledQueueNames().stream().filter(filter).collect(Collectors.toList());
    }

    private static Map<String, Long> nonZero(Map<String, Long> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Map<String, Long> bouncedMap(JsonNode entry) {
        Map<String, Long> out = new HashMap<>();
        entry.get("bounced").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asLong()));
        return out;
    }

    @Test
    void bounceRemovesMatchingMessagesAndCountsThemPerQueue() {
        List<String> gmail = queuesWhere(q -> ScheduledQueueName.parse(q).domain().equals("gmail.com"));
        List<String> others = queuesWhere(q -> !gmail.contains(q));
        assertTrue(gmail.contains("globex@gmail.com!smarthost.example.net"), gmail::toString);
        assertTrue(gmail.size() >= 4, gmail::toString);
        Map<String, Long> before = messagesOf(gmail);
        Map<String, Long> othersBefore = messagesOf(others);
        long expectedTotal = before.values().stream().mapToLong(Long::longValue).sum();
        assertTrue(expectedTotal > 0, "the generated gmail queues hold messages");

        ok(post(BOUNCE, "{\"domain\":\"gmail.com\",\"reason\":\"purge\"}"));

        gmail.forEach(q -> assertEquals(0, node.queues().messageCount(q), q));
        assertEquals(othersBefore, messagesOf(others));
        JsonNode entry = ok(get(BOUNCE)).get(0);
        assertEquals(nonZero(before), bouncedMap(entry));
        assertEquals(expectedTotal, entry.get("total_bounced").asLong());
    }

    @Test
    void activeBounceKeepsBouncingNewArrivalsUntilItExpires() {
        ok(post(BOUNCE, "{\"domain\":\"gmail.com\",\"tenant\":\"acme\",\"reason\":\"r\",\"duration\":\"1m\"}"));
        long swept = ok(get(BOUNCE)).get(0).get("total_bounced").asLong();

        node.queues().addMessages("acme@gmail.com", 7);
        assertEquals(0, node.queues().messageCount("acme@gmail.com"));
        JsonNode entry = ok(get(BOUNCE)).get(0);
        assertEquals(swept + 7, entry.get("total_bounced").asLong());
        for (int i = 0; i < 40; i++) {
            node.tick();
        }
        assertEquals(0, node.queues().messageCount("acme@gmail.com"), "ticks bounce what arrives");
        assertTrue(ok(get(BOUNCE)).get(0).get("total_bounced").asLong() > swept + 7, "arrivals during ticks were bounced");

        clock.advance(Duration.ofMinutes(1));
        node.queues().addMessages("acme@gmail.com", 5);
        assertEquals(5, node.queues().messageCount("acme@gmail.com"), "an expired bounce no longer bounces");
    }

    @Test
    void aSpecifiedFieldNeverMatchesAQueueLackingThatComponent() {
        node.queues().addMessages("example.com", 3);
        node.queues().addMessages("acme@example.com", 4);
        node.queues().addMessages("newsletter:acme@example.com", 5);
        node.queues().addMessages("acme@example.com!smarthost.example.net", 6);
        long plain = node.queues().messageCount("example.com");

        ok(post(BOUNCE, "{\"tenant\":\"acme\",\"domain\":\"example.com\",\"reason\":\"r\"}"));
        assertEquals(plain, node.queues().messageCount("example.com"));
        assertEquals(0, node.queues().messageCount("acme@example.com"));
        assertEquals(0, node.queues().messageCount("newsletter:acme@example.com"));
        assertEquals(0, node.queues().messageCount("acme@example.com!smarthost.example.net"));

        node.queues().addMessages("tenant@other.com!smarthost.example.net", 2);
        node.queues().addMessages("tenant@other.com", 2);
        ok(post(BOUNCE, "{\"routing_domain\":\"smarthost.example.net\",\"reason\":\"r\"}"));
        assertEquals(0, node.queues().messageCount("tenant@other.com!smarthost.example.net"));
        assertTrue(node.queues().messageCount("tenant@other.com") >= 2);

        ok(post(BOUNCE, "{\"campaign\":\"newsletter\",\"reason\":\"r\"}"));
        assertTrue(node.queues().messageCount("tenant@other.com") >= 2, "no campaign component, no match");
    }

    @Test
    void queueNamesMatchExactNamesOnly() {
        node.queues().addMessages("acme@yahoo.com", 3);
        long plain = node.queues().messageCount("yahoo.com");
        ok(post(BOUNCE, "{\"queue_names\":[\"acme@yahoo.com\",\"no-such-queue.example\"],\"domain\":\"gmail.com\","
                + "\"reason\":\"r\"}"));
        assertEquals(0, node.queues().messageCount("acme@yahoo.com"));
        assertEquals(plain, node.queues().messageCount("yahoo.com"));
        assertTrue(node.queues().messageCount("gmail.com") > 0, "queue_names take precedence over domain");
    }

    @Test
    void zeroDurationBounceIsAOneShotPurge() {
        long before = node.queues().messageCount("yahoo.com");
        assertTrue(before > 0);
        ok(post(BOUNCE, "{\"domain\":\"yahoo.com\",\"reason\":\"r\",\"duration\":\"0s\"}"));
        assertEquals(0, node.queues().messageCount("yahoo.com"));
        assertEquals(0, ok(get(BOUNCE)).size());
        node.queues().addMessages("yahoo.com", 4);
        assertEquals(4, node.queues().messageCount("yahoo.com"));
    }

    @Test
    void suspendedScheduledQueuesDoNotDrain() {
        List<String> gmail = queuesWhere(q -> q.endsWith("gmail.com"));
        ok(post("/api/admin/suspend/v1", "{\"domain\":\"gmail.com\",\"reason\":\"hold\"}"));
        Map<String, Long> previous = messagesOf(gmail);
        long deliveredBefore = totalDelivered();
        for (int i = 0; i < 60; i++) {
            node.tick();
            Map<String, Long> now = messagesOf(gmail);
            gmail.forEach(q -> assertTrue(now.get(q) >= previous.get(q), q + " drained while suspended"));
            previous.putAll(now);
        }
        assertTrue(totalDelivered() > deliveredBefore, "other queues kept delivering");
    }

    @Test
    void withoutSuspensionTheSameQueuesDoDrain() {
        List<String> gmail = queuesWhere(q -> q.endsWith("gmail.com"));
        boolean drained = false;
        Map<String, Long> previous = messagesOf(gmail);
        for (int i = 0; i < 60 && !drained; i++) {
            node.tick();
            Map<String, Long> now = messagesOf(gmail);
            drained = gmail.stream().anyMatch(q -> now.get(q) < previous.get(q));
            previous.putAll(now);
        }
        assertTrue(drained, "the control case must show draining, or the suspension test proves nothing");
    }

    @Test
    void readyQueueSuspensionHandsMessagesBackAndStopsDeliveries() {
        String sched = "gmail.com";
        String ready = node.queues().readyQueueOf(sched);
        long inReady = node.queues().readyCount(ready);
        assertTrue(inReady > 0, "seeded ready messages");
        long waiting = node.queues().scheduledCount(sched);
        long messages = node.queues().messageCount(sched);

        String id = ok(post("/api/admin/suspend-ready-q/v1", "{\"name\":\"" + ready + "\",\"reason\":\"block\"}"))
                .get("id").asText();
        assertEquals(0, node.queues().readyCount(ready));
        assertTrue(node.queues().scheduledCount(sched) > waiting, "ready messages went back to scheduled");
        assertEquals(messages, node.queues().messageCount(sched));

        long delivered = node.queues().delivered(ready);
        for (int i = 0; i < 60; i++) {
            node.tick();
            assertEquals(0, node.queues().readyCount(ready));
        }
        assertEquals(delivered, node.queues().delivered(ready));

        assertText(200, "removed " + id, delete("/api/admin/suspend-ready-q/v1", "{\"id\":\"" + id + "\"}"));
        for (int i = 0; i < 200 && node.queues().delivered(ready) == delivered; i++) {
            node.tick();
        }
        assertTrue(node.queues().delivered(ready) > delivered, "deliveries resume after cancel");
    }

    @Test
    void ticksAreReproducibleForAGivenSeed() {
        SimulatedNode twin = SimulatedFleet.await(SimulatedNode.start(VERTX.get(), nodeOptions()), TIMEOUT);
        try {
            for (int i = 0; i < 25; i++) {
                node.tick();
                twin.tick();
            }
            assertEquals(node.queues().totalScheduled(), twin.queues().totalScheduled());
            List<String> names = node.queues().scheduledQueueNames();
            assertEquals(names, twin.queues().scheduledQueueNames());
            names.forEach(q -> assertEquals(node.queues().messageCount(q), twin.queues().messageCount(q), q));
        } finally {
            SimulatedFleet.await(twin.stop(), TIMEOUT);
        }
    }

    private long totalDelivered() {
        return node.queues().readyQueueNames().stream().mapToLong(r -> node.queues().delivered(r)).sum();
    }
}
