package io.kumofleet.support;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/** Reads a simulated node's admin API directly, to check what the gateway did to it. */
public final class NodeApi {

    private NodeApi() {}

    /** The node's list of one kind: {@code bounce}, {@code suspend} or {@code suspend-ready-q}. */
    public static List<Map<String, Object>> rules(String node, String kind) {
        return given().baseUri(TestFleet.node(node).url().toString())
                .get("/api/admin/" + kind + "/v1").then().statusCode(200).extract().jsonPath().getList("$");
    }

    /** POSTs a rule straight to the node, as an operator with kcli would. */
    public static JsonPath post(String node, String kind, String json) {
        return given().baseUri(TestFleet.node(node).url().toString()).contentType("application/json").body(json)
                .post("/api/admin/" + kind + "/v1").then().statusCode(200).extract().jsonPath();
    }
}
