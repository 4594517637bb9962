package io.kumofleet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumofleet.support.TestCredentials;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which API tokens the gateway accepts, and the admin token it makes when nothing is configured. */
class ApiTokensTest {

    @TempDir
    Path dir;

    @Test
    void configuredTokensAreKnownByTheirHashWithTheirNameAndRole() {
        ApiTokens tokens = new ApiTokens(config(TestCredentials.tokenConfig()), false);

        assertThat(tokens.find(TestCredentials.OPERATOR)).contains(new ApiTokens.Holder("test-operator", Role.OPERATOR));
        assertThat(tokens.find(TestCredentials.sha256(TestCredentials.OPERATOR))).isEmpty();
        assertThat(tokens.find("anything else")).isEmpty();
        assertThat(dir.resolve("admin-token")).doesNotExist();
    }

    @Test
    void withNoTokenAndNoOidcAnOwnerOnlyAdminTokenIsMadeOnceAndKept() throws Exception {
        Path file = dir.resolve("state/admin-token");

        ApiTokens first = new ApiTokens(config(Map.of()), false);
        String token = Files.readString(file).strip();
        ApiTokens afterRestart = new ApiTokens(config(Map.of()), false);

        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(first.find(token)).contains(new ApiTokens.Holder(ApiTokens.BOOTSTRAP_NAME, Role.ADMIN));
        assertThat(afterRestart.find(token)).isEqualTo(first.find(token));
    }

    @Test
    void withOidcEnabledNoAdminTokenIsMade() {
        ApiTokens tokens = new ApiTokens(config(Map.of()), true);

        assertThat(dir.resolve("state/admin-token")).doesNotExist();
        assertThat(tokens.find("")).isEmpty();
    }

    @Test
    void aTokenConfiguredInsteadOfItsHashIsRefused() {
        Map<String, String> plain = Map.of("kumo.fleet.auth.tokens.ci.sha256", "my-plain-token",
                "kumo.fleet.auth.tokens.ci.role", "operator");

        assertThatThrownBy(() -> new ApiTokens(config(plain), false)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("kumo.fleet.auth.tokens.ci.sha256 must be the token's SHA-256")
                .hasMessageNotContaining("my-plain-token");
    }

    private AuthConfig config(Map<String, String> properties) {
        Map<String, String> all = new HashMap<>(properties);
        all.put("kumo.fleet.auth.bootstrap-token-file", dir.resolve("state/admin-token").toString());
        return new SmallRyeConfigBuilder().withMapping(AuthConfig.class).withDefaultValues(all).build()
                .getConfigMapping(AuthConfig.class);
    }
}
