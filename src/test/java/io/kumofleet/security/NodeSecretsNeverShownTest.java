package io.kumofleet.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.kumofleet.sim.RequiredCredentials;
import io.kumofleet.support.GatewayTest;
import io.kumofleet.support.TestFleet;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Nodes that demand credentials, given to the gateway from secret files and inline: the gateway
 * uses them, and neither a response nor a log line (everything at DEBUG, written to a file) shows them.
 */
@QuarkusTest
@TestProfile(NodeSecretsNeverShownTest.NodesWithSecrets.class)
class NodeSecretsNeverShownTest extends GatewayTest {

    private static final String PASSWORD = "pw-" + UUID.randomUUID();
    private static final String FILE_TOKEN = "file-token-" + UUID.randomUUID();
    private static final String INLINE_TOKEN = "inline-token-" + UUID.randomUUID();
    private static final Path LOG = Path.of("target", "node-secrets-test-gateway.log").toAbsolutePath();

    /** sim-1: Basic with a password file; sim-2: a token file; sim-3: an inline token its node does not accept. */
    public static class NodesWithSecrets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Files.deleteIfExists(LOG);
                Path secrets = Files.createTempDirectory("node-secrets");
                return Map.of(
                        "kumo.fleet.nodes.sim-1.username", "fleet",
                        "kumo.fleet.nodes.sim-1.password-file",
                        Files.writeString(secrets.resolve("sim-1-password"), PASSWORD + "\n").toString(),
                        "kumo.fleet.nodes.sim-2.token-file",
                        Files.writeString(secrets.resolve("sim-2-token"), FILE_TOKEN).toString(),
                        "kumo.fleet.nodes.sim-3.token", INLINE_TOKEN,
                        "quarkus.log.level", "DEBUG",
                        "quarkus.log.file.enabled", "true",
                        "quarkus.log.file.level", "DEBUG",
                        "quarkus.log.file.path", LOG.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void theGatewayUsesNodeSecretsAndNeverShowsThem() throws IOException {
        TestFleet.node("sim-1").faults().requireCredentials(RequiredCredentials.basic("fleet", PASSWORD));
        TestFleet.node("sim-2").faults().requireCredentials(RequiredCredentials.bearer(FILE_TOKEN));
        TestFleet.node("sim-3").faults().requireCredentials(RequiredCredentials.bearer("not-" + INLINE_TOKEN));
        List<String> bodies = new ArrayList<>();

        JsonPath nodes = read(bodies, given().get("/api/fleet/v1/nodes").then().statusCode(200).extract().asString());
        JsonPath bounce = read(bodies, given().contentType("application/json")
                .body("{\"domain\":\"a.example\",\"reason\":\"r\"}").post("/api/fleet/v1/bounces")
                .then().statusCode(201).extract().asString());
        read(bodies, given().queryParam("live", true).get("/api/fleet/v1/bounces").asString());
        read(bodies, given().contentType("application/json")
                .body("{\"domain\":\"a.example\",\"reason\":\"r\",\"dry_run\":true}").post("/api/fleet/v1/bounces")
                .asString());
        read(bodies, given().contentType("application/json").body("{\"filter\":\"kumod=debug\"}")
                .put("/api/fleet/v1/log-filter").asString());
        read(bodies, given().delete("/api/fleet/v1/bounces/" + bounce.getString("directive.id")).asString());
        read(bodies, given().get("/api/fleet/v1/audit").asString());
        bodies.add(given().get("/q/metrics").asString());
        bodies.add(given().get("/q/openapi").asString());

        assertThat(nodes.getList("nodes.credentials")).containsExactly("basic", "bearer", "bearer");
        assertThat(bounce.getList("outcomes.result")).containsExactly("applied", "applied", "failed");
        assertThat(bounce.getInt("outcomes[2].status")).isEqualTo(401);
        String log = Files.readString(LOG, StandardCharsets.UTF_8);
        assertThat(log).contains("fronting 3 KumoMTA node(s)").contains("sim-3");
        for (String secret : List.of(PASSWORD, FILE_TOKEN, INLINE_TOKEN, basic("fleet", PASSWORD))) {
            assertThat(bodies).noneMatch(body -> body.contains(secret));
            assertThat(log).doesNotContain(secret);
        }
    }

    private static JsonPath read(List<String> bodies, String body) {
        bodies.add(body);
        return JsonPath.from(body);
    }

    private static String basic(String user, String password) {
        return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
