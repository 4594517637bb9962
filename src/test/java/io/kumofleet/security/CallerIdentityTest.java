package io.kumofleet.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.kumofleet.support.GatewayTest;
import io.kumofleet.support.NodeApi;
import io.kumofleet.support.TestCredentials;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.security.KeyPairGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who the gateway takes the caller for: the audit trail names the API token or the OIDC principal,
 * OIDC roles come from the configured claim, and a token the gateway cannot verify is 401.
 */
@QuarkusTest
class CallerIdentityTest extends GatewayTest {

    private static final String EVERYTHING = "{\"everything\":true,\"reason\":\"stop all mail\"}";

    @Test
    void anEverythingBounceByAnOperatorIsForbiddenAndReachesNoNode() {
        Response refused = post("/api/fleet/v1/bounces", EVERYTHING, TestCredentials.OPERATOR);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("detail"))
                .contains("everything: true", "admin role", "test-operator has operator");
        assertThat(NodeApi.rules("sim-1", "bounce")).isEmpty();
        assertThat(auditActors()).isEmpty();
    }

    @Test
    void anEverythingBounceByAnAdminIsAppliedAndAuditedWithTheAdminAsActor() {
        Response created = post("/api/fleet/v1/bounces", EVERYTHING, TestCredentials.ADMIN);

        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        assertThat(created.jsonPath().getString("directive.created_by")).isEqualTo("test-admin");
        List.of("sim-1", "sim-2", "sim-3").forEach(node -> assertThat(NodeApi.rules(node, "bounce")).hasSize(1));
        JsonPath audit = given().get("/api/fleet/v1/audit").then().statusCode(200).extract().jsonPath();
        assertThat(audit.getString("[0].action")).isEqualTo("create-bounce");
        assertThat(audit.getString("[0].actor")).isEqualTo("test-admin");
        assertThat(audit.getBoolean("[0].request.everything")).isTrue();
    }

    @Test
    void anOidcOperatorIsTheActorOfWhatItDoes() {
        String alice = TestCredentials.oidcToken("alice", List.of("operator"));

        Response created = post("/api/fleet/v1/suspensions",
                "{\"tenant\":\"acme\",\"reason\":\"pause\",\"target\":{\"nodes\":[\"sim-1\"]}}", alice);
        given().noFilters().header("Authorization", "Bearer " + alice)
                .delete("/api/fleet/v1/suspensions/" + created.jsonPath().getString("directive.id"))
                .then().statusCode(200);

        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        assertThat(auditActors()).containsExactly("alice", "alice");
    }

    @Test
    void oidcRolesComeFromTheConfiguredClaim() {
        String viewer = TestCredentials.oidcToken("bob", List.of("viewer"));
        String roleInAnotherClaim = Jwt.issuer(TestCredentials.ISSUER).upn("carol").groups("admin").expiresIn(300)
                .sign(TestCredentials.oidcSigningKey());

        assertThat(get("/api/fleet/v1/nodes", viewer).statusCode()).isEqualTo(200);
        assertThat(post("/api/fleet/v1/bounces", "{\"domain\":\"a.example\",\"reason\":\"r\"}", viewer).statusCode())
                .isEqualTo(403);
        Response noRole = get("/api/fleet/v1/nodes", roleInAnotherClaim);
        assertThat(noRole.statusCode()).isEqualTo(403);
        assertThat(noRole.jsonPath().getString("detail")).startsWith("carol (no role) may not GET /api/fleet/v1/nodes");
    }

    @Test
    void aProvidersRoleNameCanBeMappedToTheGatewaysRole() {
        String dana = TestCredentials.oidcToken("dana", List.of("mail-admins"));

        Response created = post("/api/fleet/v1/bounces", EVERYTHING, dana);

        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        assertThat(auditActors()).containsExactly("dana");
    }

    @Test
    void oidcTokensTheGatewayCannotVerifyAreUnauthorized() throws Exception {
        var otherKey = KeyPairGenerator.getInstance("RSA");
        otherKey.initialize(2048);
        List<String> unverifiable = List.of(
                Jwt.issuer(TestCredentials.ISSUER).upn("mallory").claim(TestCredentials.ROLE_CLAIM, List.of("admin"))
                        .expiresIn(300).sign(otherKey.generateKeyPair().getPrivate()),
                Jwt.issuer("https://elsewhere.test").upn("mallory").claim(TestCredentials.ROLE_CLAIM, List.of("admin"))
                        .expiresIn(300).sign(TestCredentials.oidcSigningKey()),
                Jwt.issuer(TestCredentials.ISSUER).upn("mallory").claim(TestCredentials.ROLE_CLAIM, List.of("admin"))
                        .issuedAt(1_000_000_000L).expiresAt(1_000_000_600L).sign(TestCredentials.oidcSigningKey()));

        for (String token : unverifiable) {
            Response refused = get("/api/fleet/v1/nodes", token);
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.jsonPath().getString("detail")).startsWith("the credential was not accepted");
        }
    }

    private static Response post(String path, String body, String token) {
        return given().noFilters().header("Authorization", "Bearer " + token).contentType("application/json")
                .body(body).post(path);
    }

    private static Response get(String path, String token) {
        return given().noFilters().header("Authorization", "Bearer " + token).get(path);
    }

    private static List<String> auditActors() {
        return given().get("/api/fleet/v1/audit").then().statusCode(200).extract().jsonPath().getList("actor");
    }
}
