package io.kumofleet.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.kumofleet.fleet.directive.Reconciler;
import io.kumofleet.support.GatewayTest;
import io.kumofleet.support.TestFleet;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code GET /audit}'s filters each select exactly their entries, and a bad filter is a problem saying what to fix. */
@QuarkusTest
class AuditResourceTest extends GatewayTest {

    @Inject
    Reconciler reconciler;

    private String onSim1;
    private String everywhere;
    private String onSim2;

    /** A bounce on sim-1 that expires, one on every node that is cancelled, a suspension on sim-2. */
    @BeforeEach
    void trail() {
        onSim1 = create("bounces", "{\"domain\":\"a.example\",\"reason\":\"r\",\"duration\":\"10m\","
                + "\"target\":{\"nodes\":[\"sim-1\"]}}");
        everywhere = create("bounces", "{\"domain\":\"b.example\",\"reason\":\"r\",\"duration\":\"1h\"}");
        given().delete("/api/fleet/v1/bounces/" + everywhere).then().statusCode(200);
        onSim2 = create("suspensions", "{\"domain\":\"c.example\",\"reason\":\"r\",\"duration\":\"1h\","
                + "\"target\":{\"nodes\":[\"sim-2\"]}}");
        TestFleet.clock().advance(Duration.ofMinutes(10));
        assertThat(reconciler.reconcile()).isZero();
    }

    @Test
    void everyEntryNewestFirstWithoutFilters() {
        assertThat(actions("")).containsExactly("expire-bounce", "create-suspension", "cancel-bounce",
                "create-bounce", "create-bounce");
    }

    @Test
    void directiveSelectsTheEntriesAboutIt() {
        assertThat(actions("directive=" + onSim1)).containsExactly("expire-bounce", "create-bounce");
        assertThat(actions("directive=" + everywhere)).containsExactly("cancel-bounce", "create-bounce");
        assertThat(actions("directive=deadbeef")).isEmpty();
    }

    @Test
    void nodeSelectsTheEntriesWhoseOutcomesNameIt() {
        assertThat(entries("node=sim-3").getList("subject")).containsExactly(everywhere, everywhere);
        assertThat(entries("node=sim-2").getList("subject")).containsExactly(onSim2, everywhere, everywhere);
        assertThat(entries("node=sim-1").getList("subject")).containsExactly(everywhere, everywhere, onSim1);
        assertThat(entries("node=sim-9").getList("subject")).isEmpty();
    }

    @Test
    void actorSelectsTheEntriesItMade() {
        assertThat(entries("actor=system:expiry").getList("subject")).containsExactly(onSim1);
        assertThat(actions("actor=test-admin")).containsExactly("create-suspension", "cancel-bounce",
                "create-bounce", "create-bounce");
        assertThat(actions("actor=nobody")).isEmpty();
    }

    @Test
    void actionSelectsTheEntriesOfIt() {
        assertThat(entries("action=create-bounce").getList("subject")).containsExactly(everywhere, onSim1);
        assertThat(entries("action=expire-bounce").getList("subject")).containsExactly(onSim1);
    }

    @Test
    void filtersCombineAndLimitKeepsTheNewest() {
        assertThat(actions("node=sim-1&action=create-bounce")).hasSize(2);
        assertThat(entries("node=sim-1&directive=" + everywhere + "&actor=test-admin&action=cancel-bounce")
                .getList("subject")).containsExactly(everywhere);
        assertThat(actions("node=sim-2&limit=1")).containsExactly("create-suspension");
        assertThat(actions("directive=" + onSim1 + "&actor=test-admin")).containsExactly("create-bounce");
    }

    @ParameterizedTest(name = "?{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            limit=abc                  | 422 | limit must be a whole number, not 'abc'
            limit=0                    | 422 | limit must be between 1 and 1000
            limit=1001                 | 422 | limit must be between 1 and 1000
            since=yesterday            | 422 | since must be an RFC 3339 instant
            until=2026-13-01           | 422 | until must be an RFC 3339 instant
            directive=nope             | 422 | directive must be a fleet id such as 1a2b3c4d
            node=                      | 422 | node must not be empty
            actor=%20                  | 422 | actor must not be empty
            action                     | 422 | action must not be empty
            nodes=sim-1                | 422 | unknown query parameter(s) nodes; known: action, actor, directive, limit
            """)
    void badFiltersAreProblemsSayingWhatToFix(String query, int status, String detail) {
        given().urlEncodingEnabled(false).get("/api/fleet/v1/audit?" + query).then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("detail", containsString(detail));
    }

    private static String create(String path, String body) {
        return given().contentType("application/json").body(body).post("/api/fleet/v1/" + path).then()
                .statusCode(201).extract().jsonPath().getString("directive.id");
    }

    private static JsonPath entries(String query) {
        return given().urlEncodingEnabled(false).get("/api/fleet/v1/audit" + (query.isEmpty() ? "" : "?" + query))
                .then().statusCode(200)
                .extract().jsonPath();
    }

    private static List<String> actions(String query) {
        return entries(query).getList("action");
    }
}
