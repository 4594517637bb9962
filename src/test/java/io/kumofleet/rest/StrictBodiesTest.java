package io.kumofleet.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.kumofleet.support.GatewayTest;
import io.kumofleet.support.NodeApi;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every write endpoint reads its body strictly and answers a malformed one with a 400 in the API
 * user's words (no Java class or Jackson feature names), with nothing sent to any node.
 */
@QuarkusTest
class StrictBodiesTest extends GatewayTest {

    private static final List<String[]> ENDPOINTS = List.of(
            new String[] {"POST", "/api/fleet/v1/bounces", "{\"domain\":\"example.com\",\"reason\":\"r\"}"},
            new String[] {"POST", "/api/fleet/v1/suspensions", "{\"domain\":\"example.com\",\"reason\":\"r\"}"},
            new String[] {"POST", "/api/fleet/v1/ready-queue-suspensions",
                    "{\"name\":\"unspecified->mx.example.com@smtp_client\",\"reason\":\"r\"}"},
            new String[] {"POST", "/api/fleet/v1/schedules", "{\"kind\":\"bounce\",\"domain\":\"example.com\","
                    + "\"reason\":\"r\",\"cron\":\"0 22 * * *\",\"zone\":\"UTC\",\"duration\":\"1h\"}"},
            new String[] {"PUT", "/api/fleet/v1/log-filter", "{\"filter\":\"kumod=debug\"}"});

    static Stream<Arguments> malformedBodies() {
        return ENDPOINTS.stream().flatMap(e -> Stream.of(
                Arguments.of(e[0], e[1], e[2] + " trailing", "not valid JSON"),
                Arguments.of(e[0], e[1], e[2] + " 1", "nothing after it"),
                Arguments.of(e[0], e[1], e[2] + e[2], "nothing after it"),
                Arguments.of(e[0], e[1], "{" + firstField(e[2]) + "," + e[2].substring(1), "given twice"),
                Arguments.of(e[0], e[1], "[" + e[2] + "]", "must be a JSON object"),
                Arguments.of(e[0], e[1], "\"text\"", "must be a JSON object"),
                Arguments.of(e[0], e[1], "{\"reason\": NaN}", "not valid JSON")));
    }

    static Stream<Arguments> emptyBodies() {
        return ENDPOINTS.stream().flatMap(e -> Stream.of("", "   ", "null").map(body -> Arguments.of(e[0], e[1], body)));
    }

    @ParameterizedTest(name = "{0} {1} ''{2}''")
    @MethodSource("emptyBodies")
    void anEmptyOrNullBodyIsRefusedInTheUsersWords(String method, String path, String body) {
        Response answer = given().contentType("application/json").body(body).request(method, path);

        assertThat(answer.statusCode()).as(answer.asString()).isBetween(400, 422);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.jsonPath().getString("detail")).contains("JSON object");
    }

    static Stream<Arguments> nullsInLists() {
        return Stream.of(
                Arguments.of("/api/fleet/v1/bounces", "{\"domain\":\"example.com\",\"reason\":\"r\",\"target\":{\"nodes\":[null]}}",
                        "target.nodes[0] is null"),
                Arguments.of("/api/fleet/v1/suspensions", "{\"domain\":\"example.com\",\"reason\":\"r\",\"target\":{\"tags\":[\"eu\",\" \"]}}",
                        "target.tags[1] is blank"),
                Arguments.of("/api/fleet/v1/bounces", "{\"queue_names\":[null],\"reason\":\"r\"}", "queue_names[0] is null"),
                Arguments.of("/api/fleet/v1/suspensions", "{\"queue_names\":[\"\"],\"reason\":\"r\"}", "queue_names[0] is blank"),
                Arguments.of("/api/fleet/v1/schedules", "{\"kind\":\"bounce\",\"queue_names\":[null],\"reason\":\"r\","
                        + "\"cron\":\"0 22 * * *\",\"zone\":\"UTC\",\"duration\":\"1h\"}", "queue_names[0] is null"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("nullsInLists")
    void aNullOrBlankNameInAListIsRefusedWithNothingSent(String path, String body, String says) {
        Response answer = given().contentType("application/json").body(body).post(path);

        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(422);
        assertThat(answer.jsonPath().getString("detail")).contains(says);
        for (String node : List.of("sim-1", "sim-2", "sim-3")) {
            assertThat(NodeApi.rules(node, "bounce")).isEmpty();
            assertThat(NodeApi.rules(node, "suspend")).isEmpty();
        }
    }

    /** The first {@code "name":"value"} of a flat body. */
    private static String firstField(String body) {
        int end = body.indexOf(',');
        return body.substring(1, end < 0 ? body.length() - 1 : end);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("malformedBodies")
    void aMalformedBodyIsRefusedInTheUsersWords(String method, String path, String body, String says) {
        Response answer = given().contentType("application/json").body(body).request(method, path);

        assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        String detail = answer.jsonPath().getString("detail");
        assertThat(detail).contains(says).doesNotContain("io.kumofleet", "JsonToken", "JsonReadFeature", "`");
        for (String node : List.of("sim-1", "sim-2", "sim-3")) {
            assertThat(NodeApi.rules(node, "bounce")).isEmpty();
            assertThat(NodeApi.rules(node, "suspend")).isEmpty();
        }
    }
}
