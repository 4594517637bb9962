package io.kumofleet.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.kumofleet.sim.SimulatedNode;
import io.kumofleet.support.GatewayTest;
import io.kumofleet.support.TestCredentials;
import io.kumofleet.support.TestFleet;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint family against every kind of caller, with the rules the gateway ships with: no or
 * a bad credential is 401, a role below the endpoint's is 403, both as problem documents and
 * without a single node call; otherwise the endpoint answers as usual.
 */
@QuarkusTest
class RoleAccessTest extends GatewayTest {

    /** Any answer but 401 and 403: for endpoints that are built elsewhere and may not exist yet. */
    private static final int ANY = -1;
    private static final String EU = ",\"target\":{\"tags\":[\"eu\"]}";
    private static final String BOUNCE = "POST /api/admin/bounce/v1";
    private static final String SUSPEND = "POST /api/admin/suspend/v1";

    /** Who calls: the Authorization header they send and the role it carries. */
    enum Caller {
        NOBODY(null, null),
        BAD_TOKEN("Bearer not-a-known-token", null),
        BASIC("Basic dGVzdC1hZG1pbjp0ZXN0LWFkbWluLXRva2VuLThiMWYwYw==", null),
        VIEWER("Bearer " + TestCredentials.VIEWER, Role.VIEWER),
        OPERATOR("Bearer " + TestCredentials.OPERATOR, Role.OPERATOR),
        ADMIN("Bearer " + TestCredentials.ADMIN, Role.ADMIN);

        final String authorization;
        final Role role;

        Caller(String authorization, Role role) {
            this.authorization = authorization;
            this.role = role;
        }
    }

    /** One endpoint family: the call, the least role it needs, its usual answer, the node route it uses. */
    record Call(String method, String path, String body, Role needs, int status, String nodeRoute) {
        @Override
        public String toString() {
            return method + " " + path + (body == null ? "" : " " + body);
        }
    }

    static List<Call> calls() {
        return List.of(
                new Call("GET", "/api/fleet/v1/nodes", null, Role.VIEWER, 200, "GET /api/check-liveness/v1"),
                new Call("GET", "/api/fleet/v1/bounces", null, Role.VIEWER, 200, null),
                new Call("GET", "/api/fleet/v1/bounces?live=true", null, Role.VIEWER, 200, "GET /api/admin/bounce/v1"),
                new Call("GET", "/api/fleet/v1/suspensions", null, Role.VIEWER, 200, null),
                new Call("GET", "/api/fleet/v1/ready-queue-suspensions", null, Role.VIEWER, 200, null),
                new Call("GET", "/api/fleet/v1/log-filter", null, Role.VIEWER, 200, null),
                new Call("GET", "/api/fleet/v1/schedules", null, Role.VIEWER, 200, null),
                new Call("GET", "/api/fleet/v1/audit", null, Role.VIEWER, 200, null),
                new Call("GET", "/api/fleet/v1/queues/summary", null, Role.VIEWER, ANY, null),
                new Call("GET", "/api/fleet/v1/providers/summary", null, Role.VIEWER, ANY, null),
                new Call("POST", "/api/fleet/v1/bounces", "{\"domain\":\"a.example\",\"reason\":\"r\"" + EU + "}",
                        Role.OPERATOR, 201, BOUNCE),
                new Call("POST", "/api/fleet/v1/bounces",
                        "{\"domain\":\"a.example\",\"reason\":\"r\",\"dry_run\":true" + EU + "}",
                        Role.OPERATOR, 200, null),
                new Call("DELETE", "/api/fleet/v1/bounces/f0000000", null, Role.OPERATOR, 404, null),
                new Call("POST", "/api/fleet/v1/suspensions", "{\"tenant\":\"t\",\"reason\":\"r\"" + EU + "}",
                        Role.OPERATOR, 201, SUSPEND),
                new Call("DELETE", "/api/fleet/v1/suspensions/f0000000", null, Role.OPERATOR, 404, null),
                new Call("POST", "/api/fleet/v1/ready-queue-suspensions",
                        "{\"name\":\"unspecified->mx.a.example@smtp_client\",\"reason\":\"r\"" + EU + "}",
                        Role.OPERATOR, 201, "POST /api/admin/suspend-ready-q/v1"),
                new Call("PUT", "/api/fleet/v1/log-filter", "{\"filter\":\"kumod=debug\"" + EU + "}",
                        Role.OPERATOR, 200, "POST /api/admin/set_diagnostic_log_filter/v1"),
                new Call("POST", "/api/fleet/v1/schedules", "{\"kind\":\"bounce\",\"domain\":\"a.example\","
                        + "\"reason\":\"r\",\"start\":\"2030-01-15T11:00:00Z\",\"duration\":\"1h\"" + EU + "}",
                        Role.OPERATOR, 201, null),
                new Call("DELETE", "/api/fleet/v1/schedules/s0000000", null, Role.OPERATOR, 404, null),
                // Changes that reach every message or every node at once.
                new Call("POST", "/api/fleet/v1/bounces", "{\"everything\":true,\"reason\":\"r\"" + EU + "}",
                        Role.ADMIN, 201, BOUNCE),
                new Call("POST", "/api/fleet/v1/suspensions", "{\"everything\":true,\"reason\":\"r\"" + EU + "}",
                        Role.ADMIN, 201, SUSPEND),
                new Call("POST", "/api/fleet/v1/bounces", "{\"domain\":\"a.example\",\"reason\":\"r\"}",
                        Role.ADMIN, 201, BOUNCE),
                new Call("POST", "/api/fleet/v1/bounces",
                        "{\"domain\":\"a.example\",\"reason\":\"r\",\"target\":{\"tags\":[\"eu\",\"us\"]}}",
                        Role.ADMIN, 201, BOUNCE),
                new Call("POST", "/api/fleet/v1/bounces",
                        "{\"everything\":true,\"reason\":\"r\",\"dry_run\":true" + EU + "}", Role.ADMIN, 200, null),
                new Call("PUT", "/api/fleet/v1/log-filter", "{\"filter\":\"kumod=debug\"}",
                        Role.ADMIN, 200, "POST /api/admin/set_diagnostic_log_filter/v1"),
                new Call("POST", "/api/fleet/v1/schedules", "{\"kind\":\"suspension\",\"everything\":true,"
                        + "\"reason\":\"r\",\"start\":\"2030-01-15T11:00:00Z\",\"duration\":\"1h\"" + EU + "}",
                        Role.ADMIN, 201, null),
                new Call("POST", "/api/fleet/v1/schedules", "{\"kind\":\"bounce\",\"domain\":\"a.example\","
                        + "\"reason\":\"r\",\"start\":\"2030-01-15T11:00:00Z\",\"duration\":\"1h\"}",
                        Role.ADMIN, 201, null));
    }

    static Stream<Arguments> table() {
        return calls().stream().flatMap(call -> Arrays.stream(Caller.values()).map(c -> Arguments.of(call, c)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("table")
    void eachCallerGetsWhatItsRoleAllows(Call call, Caller caller) {
        long nodeCallsBefore = nodeCalls(call.nodeRoute());

        Response answer = send(call, caller);

        if (caller.role == null) {
            assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(401);
            assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
            assertProblem(answer, 401);
        } else if (!caller.role.includes(call.needs())) {
            assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(403);
            assertProblem(answer, 403);
            assertThat(answer.jsonPath().getString("detail")).contains(caller.role.label());
        } else if (call.status() == ANY) {
            assertThat(answer.statusCode()).as(answer.asString()).isNotIn(401, 403);
        } else {
            assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(call.status());
        }
        boolean allowed = caller.role != null && caller.role.includes(call.needs());
        if (!allowed) {
            assertThat(nodeCalls(call.nodeRoute())).as("calls to the nodes").isEqualTo(nodeCallsBefore);
        } else if (call.nodeRoute() != null) {
            assertThat(nodeCalls(call.nodeRoute())).as("calls to the nodes").isGreaterThan(nodeCallsBefore);
        }
    }

    private static Response send(Call call, Caller caller) {
        RequestSpecification request = given().noFilters();
        if (caller.authorization != null) {
            request.header("Authorization", caller.authorization);
        }
        if (call.body() != null) {
            request.contentType("application/json").body(call.body());
        }
        return request.request(call.method(), call.path());
    }

    private static void assertProblem(Response answer, int status) {
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.jsonPath().getInt("status")).isEqualTo(status);
        assertThat(answer.jsonPath().getString("title")).isNotBlank();
        assertThat(answer.jsonPath().getString("detail")).isNotBlank();
    }

    private static long nodeCalls(String route) {
        if (route == null) {
            return 0;
        }
        String[] methodAndPath = route.split(" ");
        return List.of("sim-1", "sim-2", "sim-3").stream().map(TestFleet::node).map(SimulatedNode::requests)
                .mapToLong(counts -> counts.of(methodAndPath[0], methodAndPath[1])).sum();
    }
}
