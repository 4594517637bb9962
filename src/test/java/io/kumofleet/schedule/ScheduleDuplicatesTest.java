package io.kumofleet.schedule;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.kumofleet.support.GatewayTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A schedule the same as an active one (kind, criteria, target, timing) is refused unless asked for. */
@QuarkusTest
class ScheduleDuplicatesTest extends GatewayTest {

    private static final String ONCE = "{\"kind\":\"bounce\",\"domain\":\"a.example\",\"reason\":\"first\","
            + "\"start\":\"2030-01-15T12:00:00Z\",\"duration\":\"1h\",\"target\":{\"nodes\":[\"sim-1\",\"sim-2\"]}}";
    private static final String RECURRING = "{\"kind\":\"suspension\",\"tenant\":\"acme\",\"reason\":\"first\","
            + "\"cron\":\"0 22 * * *\",\"zone\":\"Europe/Berlin\",\"duration\":\"8h\",\"target\":{\"tags\":[\"eu\"]}}";

    @Test
    void aDuplicateOneShotIsRefusedNamingTheFirst() {
        String first = created(ONCE);

        // the same instants written another way, another reason, the nodes in another order
        refusedAsDuplicateOf(first, post("{\"kind\":\"bounce\",\"domain\":\"a.example\",\"reason\":\"second\","
                + "\"start\":\"2030-01-15T13:00:00+01:00\",\"end\":\"2030-01-15T13:00:00Z\","
                + "\"target\":{\"nodes\":[\"sim-2\",\"sim-1\"]}}"));
    }

    @Test
    void aDuplicateRecurringScheduleIsRefusedNamingTheFirst() {
        String first = created(RECURRING);

        refusedAsDuplicateOf(first, post(RECURRING.replace("\"first\"", "\"second\"").replace("8h", "480m")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            another node          | "sim-1","sim-2"                  | "sim-1","sim-3"
            a tag besides         | "nodes":["sim-1","sim-2"]        | "nodes":["sim-1","sim-2"],"tags":["eu"]
            other criteria        | "domain":"a.example"             | "domain":"b.example"
            more criteria         | "domain":"a.example"             | "domain":"a.example","campaign":"spring"
            another kind          | "kind":"bounce"                  | "kind":"suspension"
            another start         | 2030-01-15T12:00:00Z             | 2030-01-15T12:30:00Z
            another end           | "duration":"1h"                  | "duration":"2h"
            """)
    void aOneShotThatDiffersIsCreated(String what, String from, String to) {
        created(ONCE);

        post(ONCE.replace(from, to)).statusCode(201);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            another cron     | 0 22 * * *       | 0 23 * * *
            another zone     | Europe/Berlin    | Europe/Paris
            another duration | "8h"             | "7h"
            another tag      | "eu"             | "us"
            """)
    void aRecurringScheduleThatDiffersIsCreated(String what, String from, String to) {
        created(RECURRING);

        post(RECURRING.replace(from, to)).statusCode(201);
    }

    @Test
    void allowDuplicateCreatesItAnyway() {
        String first = created(ONCE);

        String second = created("{\"allow_duplicate\":true," + ONCE.substring(1));

        given().get("/api/fleet/v1/schedules").then().statusCode(200)
                .body("id", containsInAnyOrder(first, second));
    }

    @Test
    void aCancelledScheduleDoesNotBlock() {
        String first = created(RECURRING);
        given().delete("/api/fleet/v1/schedules/" + first).then().statusCode(200);

        created(RECURRING);
    }

    private static void refusedAsDuplicateOf(String first, ValidatableResponse answer) {
        answer.statusCode(409).contentType("application/problem+json")
                .body("title", equalTo("Duplicate schedule"))
                .body("detail", allOf(containsString("active schedule " + first + " "),
                        containsString("allow_duplicate: true")));
    }

    private static String created(String body) {
        return post(body).statusCode(201).extract().jsonPath().getString("id");
    }

    private static ValidatableResponse post(String body) {
        return given().contentType("application/json").body(body).post("/api/fleet/v1/schedules").then();
    }
}
