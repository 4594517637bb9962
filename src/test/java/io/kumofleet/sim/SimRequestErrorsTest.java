package io.kumofleet.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** axum's extractor rejections and kumod's routing answers: 415, 400, 422, 413, 404 and 405. */
class SimRequestErrorsTest extends SimTestBase {

    private static final String BOUNCE = "/api/admin/bounce/v1";
    private static final String SUSPEND = "/api/admin/suspend/v1";
    private static final String DATA_ERROR = "Failed to deserialize the JSON body into the target type: ";

    private static void assertRejected(int status, String prefix, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response::body);
        assertTrue(response.body().startsWith(prefix), response.body());
        assertEquals("text/plain; charset=utf-8", response.headers().firstValue("content-type").orElse(""));
    }

    @Test
    void bounceRejectsUnknownFieldsNamingTheExpectedOnes() {
        HttpResponse<String> response = post(BOUNCE, "{\"queue\":\"x\",\"reason\":\"r\"}");
        assertText(422, DATA_ERROR + "unknown field `queue`, expected one of `campaign`, `tenant`, `domain`, "
                + "`routing_domain`, `reason`, `duration`, `suppress_logging`, `expires`, `queue_names` at line 1 column 8",
                response);
        assertEquals(0, json(get(BOUNCE)).size());
    }

    @Test
    void suspendIgnoresUnknownFields() {
        assertEquals(200, post(SUSPEND, "{\"queue\":\"x\",\"reason\":\"r\"}").statusCode());
        assertEquals(200, post("/api/admin/suspend-ready-q/v1", "{\"name\":\"n\",\"reason\":\"r\",\"x\":1}").statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/api/admin/bounce/v1|{\"domain\":\"a.com\"}|missing field `reason`",
        "/api/admin/suspend/v1|{\"domain\":\"a.com\"}|missing field `reason`",
        "/api/admin/suspend-ready-q/v1|{\"reason\":\"r\"}|missing field `name`",
        "/api/admin/bounce/v1|{\"reason\":\"r\",\"duration\":\"5x\"}|duration: invalid value: string \"5x\", expected a duration",
        "/api/admin/bounce/v1|{\"reason\":\"r\",\"duration\":\"300\"}|duration: invalid value: string \"300\", expected a duration",
        "/api/admin/suspend/v1|{\"reason\":\"r\",\"duration\":\"soon\"}|duration: invalid value: string \"soon\", expected a duration",
        "/api/admin/suspend-ready-q/v1|{\"name\":\"n\",\"reason\":\"r\",\"duration\":\"1 fortnight\"}|duration: invalid value: string \"1 fortnight\", expected a duration",
        "/api/admin/bounce/v1|{\"reason\":\"r\",\"duration\":-5}|duration: duration must either be a string or a positive integer specifying the number of seconds. (error: out of range integral type conversion attempted)",
        "/api/admin/bounce/v1|{\"reason\":\"r\",\"duration\":true}|duration: invalid type: boolean `true`, expected a duration",
        "/api/admin/bounce/v1|{\"reason\":5}|reason: invalid type: integer `5`, expected a string",
        "/api/admin/bounce/v1|{\"reason\":null}|reason: invalid type: null, expected a string",
        "/api/admin/bounce/v1|{\"reason\":\"r\",\"domain\":[]}|domain: invalid type: sequence, expected a string",
        "/api/admin/bounce/v1|{\"reason\":\"r\",\"queue_names\":null}|queue_names: invalid type: null, expected a sequence",
        "/api/admin/bounce/v1|{\"reason\":\"r\",\"queue_names\":[\"a\",1]}|queue_names[1]: invalid type: integer `1`, expected a string",
        "/api/admin/bounce/v1|{\"reason\":\"r\",\"suppress_logging\":\"yes\"}|suppress_logging: invalid type: string \"yes\", expected a boolean",
        "/api/admin/bounce/v1|{\"reason\":\"r\",\"expires\":\"tomorrow\"}|expires: premature end of input",
        "/api/admin/bounce/v1|{\"reason\":\"r\",\"reason\":\"s\"}|duplicate field `reason`",
        "/api/admin/bounce/v1|null|invalid type: null, expected struct BounceV1Request",
        "/api/admin/bounce/v1|[1]|invalid type: sequence, expected struct BounceV1Request",
        "/api/admin/bounce/v1|{\"id\":\"not-a-uuid\"}|unknown field `id`",
        "/api/admin/suspend/v1|{\"id\":\"x\"}|missing field `reason`",
        "/api/admin/rebind/v1|{\"reason\":\"r\"}|missing field `data`",
        "/api/admin/rebind/v1|{\"reason\":\"r\",\"data\":{\"queue\":1}}|data.queue: invalid type: integer `1`, expected a string",
        "/api/admin/xfer/v1|{\"reason\":\"r\",\"target\":\"not a url\"}|target: invalid value: string \"not a url\"",
        "/api/admin/set_diagnostic_log_filter/v1|{}|missing field `filter`",
        "/api/admin/spool-compact/v1|{\"name\":7}|name: invalid type: integer `7`, expected a string",
    })
    void shapeProblemsAre422(String path, String body, String message) {
        assertRejected(422, DATA_ERROR + message, post(path, body));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "/api/admin/bounce/v1|{\"id\":\"not-a-uuid\"}|id: UUID parsing failed: invalid character",
        "/api/admin/suspend/v1|{\"id\":\"1-1-1-1-1\"}|id: UUID parsing failed: invalid group length in group 0: expected 8, found 1",
        "/api/admin/suspend-ready-q/v1|{\"id\":\"552016f1\"}|id: UUID parsing failed: invalid length: expected length 32 for simple format, found 8",
        "/api/admin/bounce/v1|{}|missing field `id`",
        "/api/admin/bounce/v1|{\"id\":5}|id: invalid type: integer `5`, expected a UUID string",
    })
    void invalidCancelIdsAre422(String path, String body, String message) {
        assertRejected(422, DATA_ERROR + message, delete(path, body));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"reason\":|Failed to parse the request body as JSON: EOF while parsing a value",
        "{\"reason\" \"r\"}|Failed to parse the request body as JSON: ",
        "{reason:1}|Failed to parse the request body as JSON: key must be a string",
        "{\"reason\":\"r\"} x|Failed to parse the request body as JSON: ",
        "{\"reason\":\"r\"}{}|Failed to parse the request body as JSON: trailing characters",
        "x|Failed to parse the request body as JSON: expected value at line 1 column 1",
    })
    void malformedJsonIs400(String body, String prefix) {
        assertRejected(400, prefix, post(BOUNCE, body));
    }

    @Test
    void emptyBodyIs400() {
        assertRejected(400, "Failed to parse the request body as JSON: EOF while parsing a value at line 1 column 0",
                post(BOUNCE, ""));
    }

    @Test
    void jsonBodiesNeedAJsonContentType() {
        String expected = "Expected request with `Content-Type: application/json`";
        String body = "{\"domain\":\"a.com\",\"reason\":\"r\"}";
        assertText(415, expected, send(request(BOUNCE).POST(HttpRequest.BodyPublishers.ofString(body))));
        assertText(415, expected, send(request(BOUNCE).header("content-type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
        assertText(415, expected, send(request(BOUNCE).method("DELETE",
                HttpRequest.BodyPublishers.ofString("{\"id\":\"552016f1-08e7-4e90-9da3-fd5c25acd069\"}"))));
        assertEquals(200, send(request(BOUNCE).header("content-type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body))).statusCode());
        assertEquals(200, send(request(SUSPEND).header("content-type", "application/merge-patch+json")
                .POST(HttpRequest.BodyPublishers.ofString(body))).statusCode());
    }

    @Test
    void negativeFloatDurationsDropTheConnectionLikeAKumodPanic() {
        UncheckedIOException dropped = assertThrows(UncheckedIOException.class,
                () -> post(BOUNCE, "{\"reason\":\"r\",\"duration\":-1.5}"));
        assertTrue(dropped.getCause() instanceof IOException);
        assertEquals(0, json(get(BOUNCE)).size());
    }

    @Test
    void unknownPathsAre404WithAnEmptyBodyAndWrongMethods405() {
        for (String path : new String[] {"/api/admin/nope/v1", "/api/admin/bounce/v1/", "/metrics/", "/API/machine-info"}) {
            HttpResponse<String> missing = get(path);
            assertEquals(404, missing.statusCode(), path);
            assertEquals("", missing.body());
        }
        HttpResponse<String> wrongMethod = send(request(BOUNCE).PUT(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(405, wrongMethod.statusCode());
        assertEquals("", wrongMethod.body());
    }

    @Test
    void bodiesOverTwoMebibytesAre413() {
        String big = "{\"reason\":\"" + "x".repeat(2 * 1024 * 1024 + 10) + "\"}";
        assertText(413, "Failed to buffer the request body: length limit exceeded", post(BOUNCE, big));
    }

    @Test
    void getsIgnoreTheBodyKcliSends() {
        for (String path : new String[] {BOUNCE, SUSPEND, "/api/admin/suspend-ready-q/v1", "/api/admin/ready-q-states/v1",
            "/api/machine-info"}) {
            assertEquals(200, kcliGet(path).statusCode(), path);
        }
    }
}
