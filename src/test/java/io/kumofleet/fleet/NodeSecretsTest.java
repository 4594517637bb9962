package io.kumofleet.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumofleet.config.FleetConfig;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Node secrets come from the configuration, a file (a mounted secret) or the environment, never shown. */
class NodeSecretsTest {

    private static final String SECRET = "s3cr3t-Pa55";

    @TempDir
    Path dir;

    @Test
    void aSecretFileIsReadWithoutItsTrailingLineBreak() throws Exception {
        Path file = Files.writeString(dir.resolve("password"), SECRET + "\n");

        assertThat(NodeSecrets.read("kumo.fleet.nodes.a.password", Optional.empty(), Optional.of(file)))
                .contains(SECRET);
        assertThat(NodeSecrets.read("kumo.fleet.nodes.a.password", Optional.of(SECRET), Optional.empty()))
                .contains(SECRET);
        assertThat(NodeSecrets.read("kumo.fleet.nodes.a.password", Optional.empty(), Optional.empty())).isEmpty();
    }

    @Test
    void mistakesAreNamedWithoutShowingTheSecret() throws Exception {
        Path file = Files.writeString(dir.resolve("token"), SECRET);
        Path empty = Files.writeString(dir.resolve("empty"), "\n");
        Path missing = dir.resolve("missing");

        assertThatThrownBy(() -> NodeSecrets.read("kumo.fleet.nodes.a.token", Optional.of(SECRET), Optional.of(file)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("kumo.fleet.nodes.a.token and kumo.fleet.nodes.a.token-file are both set; set one of them");
        assertThatThrownBy(() -> NodeSecrets.read("kumo.fleet.nodes.a.token", Optional.empty(), Optional.of(empty)))
                .hasMessage("kumo.fleet.nodes.a.token-file: " + empty + " is empty");
        assertThatThrownBy(() -> NodeSecrets.read("kumo.fleet.nodes.a.token", Optional.empty(), Optional.of(missing)))
                .hasMessageContaining("kumo.fleet.nodes.a.token-file: cannot read " + missing)
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void theEnvironmentConfiguresNodesAndPointsAtSecretFiles() throws Exception {
        Path file = Files.writeString(dir.resolve("kumo1-token"), SECRET + "\n");
        FleetConfig config = new SmallRyeConfigBuilder()
                .withMapping(FleetConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withSources(new EnvConfigSource(Map.of(
                        "KUMO_FLEET_NODES_KUMO1_URL", "https://kumo1:8000",
                        "KUMO_FLEET_NODES_KUMO1_TOKEN_FILE", file.toString(),
                        "KUMO_FLEET_NODES_KUMO2_URL", "http://kumo2:8000",
                        "KUMO_FLEET_NODES_KUMO2_USERNAME", "fleet",
                        "KUMO_FLEET_NODES_KUMO2_PASSWORD", SECRET,
                        "KUMO_FLEET_LOG_FILTER_REVERT_CHECK", "10s",
                        "KUMO_FLEET_SCHEDULE_POLL", "1s"), 300))
                .build()
                .getConfigMapping(FleetConfig.class);

        var kumo1 = NodeEndpoints.fromConfig("kumo1", config.nodes().get("kumo1"), Duration.ofSeconds(5));
        var kumo2 = NodeEndpoints.fromConfig("kumo2", config.nodes().get("kumo2"), Duration.ofSeconds(5));

        assertThat(config.nodes()).containsOnlyKeys("kumo1", "kumo2");
        assertThat(kumo1.credentials().authorizationHeader()).contains("Bearer " + SECRET);
        assertThat(kumo2.credentials().kind()).isEqualTo("basic");
        assertThat(kumo1 + " " + kumo2 + " " + kumo1.credentials() + " " + kumo2.credentials())
                .doesNotContain(SECRET);
    }
}
