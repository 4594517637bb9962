package io.kumofleet.fleet.summary;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.kumofleet.support.GatewayTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SummaryOptionsTest extends GatewayTest {

    private static final String QUEUES = "/api/fleet/v1/queues/summary";
    private static final String PROVIDERS = "/api/fleet/v1/providers/summary";

    @Test
    void badOptionsAreProblemsWithAClearDetail() {
        problem(QUEUES, Map.of("limit", "0"), "limit must be between 1 and 10000, not 0");
        problem(QUEUES, Map.of("limit", "10001"), "limit must be between 1 and 10000");
        problem(QUEUES, Map.of("limit", "ten"), "limit must be a whole number, not 'ten'");
        problem(QUEUES, Map.of("by_volume", "yes"), "by_volume must be true or false, not 'yes'");
        problem(QUEUES, Map.of("node", "sim-9"), "unknown node 'sim-9'");
        problem(QUEUES, Map.of("tag", "asia"), "unknown tag 'asia'");
        problem(QUEUES, Map.of("byvolume", "true"), "unknown query parameter(s) byvolume");
        problem(QUEUES, Map.of("domain", ""), "domain must not be empty");
        problem(PROVIDERS, Map.of("limit", "-1"), "limit must be between 1 and 10000, not -1");
        problem(PROVIDERS, Map.of("by_pool", "2"), "by_pool must be true or false");
        problem(PROVIDERS, Map.of("domain", "gmail.com"), "unknown query parameter(s) domain");
    }

    @Test
    void nodesAndTagsSelectWhoIsRead() {
        given().queryParam("tag", "us").get(QUEUES).then().statusCode(200)
                .body("coverage.nodes_total", equalTo(1))
                .body("scheduled.rows.by_node*.keySet().flatten()", hasItem("sim-3"))
                .body("scheduled.rows.by_node*.keySet().flatten()", everyItem(equalTo("sim-3")));
        given().queryParam("node", "sim-1").queryParam("node", "sim-2").get(PROVIDERS).then().statusCode(200)
                .body("coverage.nodes_total", equalTo(2))
                .body("rows.by_node*.keySet().flatten().unique()", hasSize(2));
        var byVolume = given().queryParam("by_volume", true).queryParam("limit", 5).get(QUEUES).then().statusCode(200)
                .extract().jsonPath().getList("ready.rows.name");
        assertThat(byVolume).as("the 5 biggest ready queues").hasSize(5);
        given().queryParam("by_volume", "").queryParam("limit", 5).get(QUEUES).then().statusCode(200)
                .body("ready.rows.name", equalTo(byVolume));
    }

    private static void problem(String path, Map<String, String> params, String detail) {
        given().queryParams(params).get(path).then().statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("detail", containsString(detail));
    }
}
