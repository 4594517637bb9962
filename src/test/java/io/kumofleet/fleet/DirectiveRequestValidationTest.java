package io.kumofleet.fleet;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.kumofleet.support.GatewayTest;
import io.kumofleet.support.NodeApi;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every mistake is refused with a problem that says what to fix, and no node sees it. */
@QuarkusTest
class DirectiveRequestValidationTest extends GatewayTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            bounces                 | {"reason":"r"}                                                  | 422 | no criteria given
            bounces                 | {"domain":"a.com"}                                              | 422 | reason is required
            bounces                 | {"domain":"a.com","reason":" "}                                 | 422 | reason is required
            bounces                 | {"domain":"a.com","reason":"r","bogus":1}                       | 400 | unknown field 'bogus'
            bounces                 | {"domain":"a.com","reason":"r","duration":"5x"}                 | 422 | duration '5x'
            bounces                 | {"domain":"a.com","reason":"r","duration":"5m","expires":"2031-01-01T00:00:00Z"} | 422 | not both
            bounces                 | {"domain":"a.com","reason":"r","expires":"2020-01-01T00:00:00Z"} | 422 | is not in the future
            bounces                 | {"domain":"a.com","reason":"r","target":{"nodes":["nope"]}}     | 422 | unknown node 'nope'
            bounces                 | {"domain":"a.com","reason":"r","target":{"tags":["asia"]}}      | 422 | unknown tag 'asia'
            bounces                 | {"domain":"a.com","reason":"r","queue_names":["x@a.com"]}      | 422 | queue_names cannot be combined
            bounces                 | {"domain":"a.com","reason":"r","everything":true}              | 422 | cannot be combined with criteria
            bounces                 | {"domain":"","reason":"r"}                                      | 422 | must not be blank
            bounces                 | {"domain":"a.com","reason":"r","duration":5}                    | 400 | field 'duration' must be a string
            bounces                 | {"domain":"a.com",                                              | 400 | not valid JSON
            suspensions             | {"routing_domain":"a.com","reason":"r"}                         | 400 | unknown field 'routing_domain'
            suspensions             | {"reason":"r"}                                                  | 422 | suspend every queue
            ready-queue-suspensions | {"reason":"r"}                                                  | 422 | name is required
            """)
    void refusesWithAClearProblem(String path, String body, int status, String detail) {
        given().contentType("application/json").body(body).post("/api/fleet/v1/" + path).then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("detail", containsString(detail));

        for (String node : List.of("sim-1", "sim-2", "sim-3")) {
            assertThat(NodeApi.rules(node, "bounce")).isEmpty();
            assertThat(NodeApi.rules(node, "suspend")).isEmpty();
            assertThat(NodeApi.rules(node, "suspend-ready-q")).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource({"/api/fleet/v1/bounces/deadbeef, 404", "/api/fleet/v1/bounces?state=bogus, 422",
            "/api/fleet/v1/audit?limit=0, 422", "/api/fleet/v1/audit?since=yesterday, 422"})
    void readMistakesAreProblemsToo(String url, int status) {
        given().get(url).then().statusCode(status).contentType("application/problem+json");
    }
}
