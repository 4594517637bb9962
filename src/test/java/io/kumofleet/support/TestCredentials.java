package io.kumofleet.support;

import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.smallrye.jwt.build.Jwt;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The credentials of the test runs: an API token per role (configured by their hashes, as an
 * operator would), and an OIDC signing key made for this JVM that no server ever sees. Gateway tests
 * send the admin token unless they set their own {@code Authorization}.
 */
public final class TestCredentials {

    public static final String ADMIN = "test-admin-token-8b1f0c";
    public static final String OPERATOR = "test-operator-token-52d9ae";
    public static final String VIEWER = "test-viewer-token-c07e41";
    /** The issuer of the test OIDC tokens, and the claim their roles are in. */
    public static final String ISSUER = "https://idp.kumo-fleet.test";
    public static final String ROLE_CLAIM = "kumo_roles";

    private static KeyPair oidcKeys;
    private static boolean adminByDefault;

    private TestCredentials() {}

    /** The gateway configuration that accepts the three API tokens. */
    public static Map<String, String> tokenConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        token(config, "test-admin", ADMIN, "admin");
        token(config, "test-operator", OPERATOR, "operator");
        token(config, "test-viewer", VIEWER, "viewer");
        return config;
    }

    /** The gateway configuration that accepts OIDC tokens signed by {@link #oidcToken}, verified locally. */
    public static Map<String, String> oidcConfig() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.oidc.tenant-enabled", "true");
        config.put("quarkus.oidc.public-key",
                Base64.getEncoder().encodeToString(oidcKeys().getPublic().getEncoded()));
        config.put("quarkus.oidc.token.issuer", ISSUER);
        config.put("quarkus.oidc.roles.role-claim-path", ROLE_CLAIM);
        // a provider's own role name, mapped to the gateway's as the README shows
        config.put("quarkus.http.auth.roles-mapping.\"mail-admins\"", "admin");
        return config;
    }

    /** An OIDC access token for {@code user} with {@code roles} in the role claim, valid for five minutes. */
    public static String oidcToken(String user, List<String> roles) {
        return Jwt.issuer(ISSUER).upn(user).claim(ROLE_CLAIM, roles).expiresIn(300).sign(oidcSigningKey());
    }

    /** The key that signs the test OIDC tokens. */
    public static PrivateKey oidcSigningKey() {
        return oidcKeys().getPrivate();
    }

    /** Makes every RestAssured request to the gateway's API send the admin token unless it sets its own. */
    public static synchronized void sendAdminTokenByDefault() {
        if (!adminByDefault) {
            RestAssured.filters(adminToken());
            adminByDefault = true;
        }
    }

    /** Hex SHA-256, as {@code printf %s "$TOKEN" | sha256sum} prints it. */
    public static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Filter adminToken() {
        return (request, response, context) -> {
            if (URI.create(request.getURI()).getPath().startsWith("/api/fleet/")
                    && !request.getHeaders().hasHeaderWithName("Authorization")) {
                request.header("Authorization", "Bearer " + ADMIN);
            }
            return context.next(request, response);
        };
    }

    private static void token(Map<String, String> config, String name, String token, String role) {
        config.put("kumo.fleet.auth.tokens." + name + ".sha256", sha256(token));
        config.put("kumo.fleet.auth.tokens." + name + ".role", role);
    }

    private static synchronized KeyPair oidcKeys() {
        if (oidcKeys == null) {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                oidcKeys = generator.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
        return oidcKeys;
    }
}
