package io.kumofleet.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bounce, suspend and suspend-ready-q: creation, listing with remaining time, replacement, expiry, cancel. */
class SimRulesTest extends SimTestBase {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String BOUNCE = "/api/admin/bounce/v1";
    private static final String SUSPEND = "/api/admin/suspend/v1";
    private static final String READY = "/api/admin/suspend-ready-q/v1";

    private String create(String path, String body) {
        JsonNode answer = ok(post(path, body));
        String id = answer.get("id").asText();
        assertTrue(UUID.matcher(id).matches(), id);
        return id;
    }

    @Test
    void bounceAnswersWithDeprecatedEmptyTotals() {
        JsonNode answer = ok(post(BOUNCE, "{\"domain\":\"gmail.com\",\"reason\":\"purge\"}"));
        assertEquals(3, answer.size());
        assertTrue(answer.get("bounced").isObject() && answer.get("bounced").isEmpty());
        assertEquals(0, answer.get("total_bounced").asInt());
    }

    @Test
    void listShowsRemainingTimeWithNanosecondPrecisionAndShrinksWithTheClock() {
        String id = create(BOUNCE, "{\"campaign\":null,\"tenant\":null,\"domain\":\"example.com\",\"routing_domain\":null,"
                + "\"reason\":\"purge\",\"suppress_logging\":false}");
        JsonNode list = ok(kcliGet(BOUNCE));
        assertEquals(1, list.size());
        JsonNode entry = list.get(0);
        assertEquals(id, entry.get("id").asText());
        assertEquals("5m", entry.get("duration").asText());
        assertEquals("example.com", entry.get("domain").asText());
        assertTrue(entry.get("campaign").isNull() && entry.get("tenant").isNull() && entry.get("routing_domain").isNull());
        assertEquals("purge", entry.get("reason").asText());

        clock.advance(Duration.ofSeconds(9).plusNanos(792_679_769));
        assertEquals("4m 50s 207ms 320us 231ns", ok(get(BOUNCE)).get(0).get("duration").asText());
        clock.advance(Duration.ofMinutes(4));
        assertEquals("50s 207ms 320us 231ns", ok(get(BOUNCE)).get(0).get("duration").asText());
    }

    @Test
    void sameCriteriaReplacesTheRuleWithANewIdAndTheOldIdIsGone() {
        String first = create(BOUNCE, "{\"domain\":\"gmail.com\",\"tenant\":\"acme\",\"reason\":\"one\"}");
        String other = create(BOUNCE, "{\"domain\":\"gmail.com\",\"reason\":\"different criteria\"}");
        clock.advance(Duration.ofMinutes(1));
        String second = create(BOUNCE, "{\"tenant\":\"acme\",\"domain\":\"gmail.com\",\"reason\":\"two\",\"duration\":\"1h\"}");
        assertNotEquals(first, second);

        JsonNode list = ok(get(BOUNCE));
        assertEquals(2, list.size());
        JsonNode replaced = list.get(0).get("id").asText().equals(second) ? list.get(0) : list.get(1);
        assertEquals(second, replaced.get("id").asText());
        assertEquals("two", replaced.get("reason").asText());
        assertEquals("1h", replaced.get("duration").asText());

        assertText(404, "bounce entry " + first + " not found", delete(BOUNCE, "{\"id\":\"" + first + "\"}"));
        assertText(200, "removed " + second, delete(BOUNCE, "{\"id\":\"" + second + "\"}"));
        assertText(404, "bounce entry " + second + " not found", delete(BOUNCE, "{\"id\":\"" + second + "\"}"));
        assertEquals(other, ok(get(BOUNCE)).get(0).get("id").asText());
    }

    @Test
    void queueNamesAreASetForReplacement() {
        String first = create(BOUNCE, "{\"queue_names\":[\"b.com\",\"a.com\",\"b.com\"],\"reason\":\"r\"}");
        String second = create(BOUNCE, "{\"queue_names\":[\"a.com\",\"b.com\"],\"reason\":\"r\"}");
        String third = create(BOUNCE, "{\"queue_names\":[\"a.com\"],\"reason\":\"r\"}");
        JsonNode list = ok(get(BOUNCE));
        assertEquals(2, list.size());
        assertEquals(second, list.get(0).get("id").asText());
        assertEquals(third, list.get(1).get("id").asText());
        assertFalse(list.get(0).has("queue_names"), "kumod's list entries have no queue_names");
        assertText(404, "bounce entry " + first + " not found", delete(BOUNCE, "{\"id\":\"" + first + "\"}"));
    }

    @Test
    void expiredRulesVanishAndCannotBeCancelled() {
        String bounce = create(BOUNCE, "{\"domain\":\"gmail.com\",\"reason\":\"r\",\"duration\":\"10s\"}");
        String suspend = create(SUSPEND, "{\"domain\":\"gmail.com\",\"reason\":\"r\",\"duration\":10}");
        String ready = create(READY, "{\"name\":\"x->y@smtp_client\",\"reason\":\"r\",\"duration\":\"10s\"}");
        clock.advance(Duration.ofSeconds(9));
        assertEquals("1s", ok(get(BOUNCE)).get(0).get("duration").asText());
        assertEquals("1s", ok(get(SUSPEND)).get(0).get("duration").asText());
        assertEquals("1s", ok(get(READY)).get(0).get("duration").asText());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(0, ok(get(BOUNCE)).size());
        assertEquals(0, ok(get(SUSPEND)).size());
        assertEquals(0, ok(get(READY)).size());
        assertText(404, "bounce entry " + bounce + " not found", delete(BOUNCE, "{\"id\":\"" + bounce + "\"}"));
        assertText(404, "suspend entry " + suspend + " not found", delete(SUSPEND, "{\"id\":\"" + suspend + "\"}"));
        assertText(404, "suspend-ready-q entry " + ready + " not found", delete(READY, "{\"id\":\"" + ready + "\"}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"duration\":\"0s\"", "\"duration\":0", "\"expires\":\"2026-06-19T13:00:00Z\""})
    void zeroOrPastLifetimeIsNeverListed(String lifetime) {
        create(BOUNCE, "{\"domain\":\"gmail.com\",\"reason\":\"r\"," + lifetime + "}");
        create(SUSPEND, "{\"domain\":\"gmail.com\",\"reason\":\"r\"," + lifetime + "}");
        create(READY, "{\"name\":\"a->b@smtp_client\",\"reason\":\"r\"," + lifetime + "}");
        assertEquals(0, ok(get(BOUNCE)).size());
        assertEquals(0, ok(get(SUSPEND)).size());
        assertEquals(0, ok(get(READY)).size());
    }

    @Test
    void durationsAcceptHumantimeAndSecondsAndDefaultToFiveMinutes() {
        create(BOUNCE, "{\"domain\":\"a.com\",\"reason\":\"r\",\"duration\":90}");
        create(BOUNCE, "{\"domain\":\"b.com\",\"reason\":\"r\",\"duration\":1.5}");
        create(BOUNCE, "{\"domain\":\"c.com\",\"reason\":\"r\",\"duration\":\"1h 30m\"}");
        create(BOUNCE, "{\"domain\":\"d.com\",\"reason\":\"r\",\"duration\":\"20 minutes\"}");
        create(BOUNCE, "{\"domain\":\"e.com\",\"reason\":\"r\",\"duration\":null}");
        create(BOUNCE, "{\"domain\":\"f.com\",\"reason\":\"r\",\"duration\":\"2days\"}");
        JsonNode list = ok(get(BOUNCE));
        String[] expected = {"1m 30s", "1s 500ms", "1h 30m", "20m", "5m", "2days"};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], list.get(i).get("duration").asText(), list.get(i).toString());
        }
    }

    @Test
    void expiresOverridesDurationAndAcceptsAnyOffset() {
        OffsetDateTime in10m = START.plus(Duration.ofMinutes(10)).atOffset(ZoneOffset.ofHours(2));
        create(BOUNCE, "{\"domain\":\"a.com\",\"reason\":\"r\",\"duration\":\"1h\",\"expires\":\"" + in10m + "\"}");
        create(SUSPEND, "{\"domain\":\"a.com\",\"reason\":\"r\",\"duration\":\"1h\",\"expires\":\"" + in10m + "\"}");
        create(READY, "{\"name\":\"a->b@smtp_client\",\"reason\":\"r\",\"duration\":\"1h\",\"expires\":\"" + in10m + "\"}");
        assertEquals("10m", ok(get(BOUNCE)).get(0).get("duration").asText());
        assertEquals("10m", ok(get(SUSPEND)).get(0).get("duration").asText());
        JsonNode ready = ok(get(READY)).get(0);
        assertEquals("10m", ready.get("duration").asText());
        assertEquals(START.plus(Duration.ofMinutes(10)), Instant.parse(ready.get("expires").asText()));
    }

    @Test
    void noCriteriaMeansEverything() {
        create(BOUNCE, "{\"reason\":\"everything\"}");
        JsonNode entry = ok(get(BOUNCE)).get(0);
        assertTrue(entry.get("domain").isNull() && entry.get("tenant").isNull() && entry.get("campaign").isNull());
        assertEquals(0, node.queues().totalScheduled());
        assertTrue(entry.get("total_bounced").asLong() > 0);
        assertTrue(entry.get("bounced").size() > 100, "every queue with messages is counted");
    }

    @Test
    void suspendIgnoresUnknownFieldsSoRoutingDomainAloneSuspendsEverything() {
        String id = create(SUSPEND, "{\"routing_domain\":\"x.example\",\"reason\":\"r\",\"whatever\":[1]}");
        JsonNode entry = ok(kcliGet(SUSPEND)).get(0);
        assertEquals(id, entry.get("id").asText());
        assertTrue(entry.get("domain").isNull() && entry.get("tenant").isNull() && entry.get("campaign").isNull());
        assertFalse(entry.has("routing_domain"));
        assertEquals(6, entry.size(), entry.toString());
    }

    @Test
    void suspendReplacesOnSameCriteriaAndCancelsWithPlainText() {
        String first = create(SUSPEND, "{\"campaign\":null,\"tenant\":\"acme\",\"domain\":null,\"reason\":\"x\"}");
        String second = create(SUSPEND, "{\"tenant\":\"acme\",\"reason\":\"y\",\"duration\":\"2h\"}");
        assertNotEquals(first, second);
        JsonNode list = ok(get(SUSPEND));
        assertEquals(1, list.size());
        assertEquals("y", list.get(0).get("reason").asText());
        assertEquals("2h", list.get(0).get("duration").asText());
        assertText(404, "suspend entry " + first + " not found", delete(SUSPEND, "{\"id\":\"" + first + "\"}"));
        assertText(200, "removed " + second, delete(SUSPEND, "{\"id\":\"" + second + "\"}"));
        assertEquals(0, ok(get(SUSPEND)).size());
    }

    @Test
    void readyQueueSuspensionsAreKeyedByName() {
        String name = "src->(alt1|alt2|alt3|alt4)?.gmail-smtp-in.l.google.com@smtp_client";
        String first = create(READY, "{\"name\":\"" + name + "\",\"reason\":\"x\"}");
        String other = create(READY, "{\"name\":\"not-even-a-queue\",\"reason\":\"x\"}");
        clock.advance(Duration.ofSeconds(30));
        String second = create(READY, "{\"name\":\"" + name + "\",\"reason\":\"y\",\"duration\":\"1h\"}");
        assertNotEquals(first, second);
        JsonNode list = ok(kcliGet(READY));
        assertEquals(2, list.size());
        JsonNode entry = list.get(1);
        assertEquals(second, entry.get("id").asText());
        assertEquals(name, entry.get("name").asText());
        assertEquals("y", entry.get("reason").asText());
        assertEquals("1h", entry.get("duration").asText());
        assertEquals(clock.instant().plus(Duration.ofHours(1)), Instant.parse(entry.get("expires").asText()));
        assertEquals(other, list.get(0).get("id").asText());

        clock.advance(Duration.ofMinutes(1));
        JsonNode later = ok(get(READY)).get(1);
        assertEquals("59m", later.get("duration").asText());
        assertEquals(entry.get("expires").asText(), later.get("expires").asText(), "expires = now + remaining");

        assertText(404, "suspend-ready-q entry " + first + " not found", delete(READY, "{\"id\":\"" + first + "\"}"));
        assertText(200, "removed " + second, delete(READY, "{\"id\":\"" + second + "\"}"));
    }

    @Test
    void cancelOfAnUnknownIdIs404ForEveryKind() {
        String id = "552016f1-08e7-4e90-9da3-fd5c25acd069";
        assertText(404, "bounce entry " + id + " not found", delete(BOUNCE, "{\"id\":\"" + id + "\"}"));
        assertText(404, "suspend entry " + id + " not found", delete(SUSPEND, "{\"id\":\"" + id + "\"}"));
        assertText(404, "suspend-ready-q entry " + id + " not found", delete(READY, "{\"id\":\"" + id + "\"}"));
        HttpResponse<String> simple = delete(BOUNCE, "{\"id\":\"552016f108e74e909da3fd5c25acd069\"}");
        assertText(404, "bounce entry " + id + " not found", simple);
    }
}
