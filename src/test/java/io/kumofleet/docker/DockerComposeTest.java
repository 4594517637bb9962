package io.kumofleet.docker;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumofleet.config.FleetConfig;
import io.kumofleet.security.ApiTokens;
import io.kumofleet.security.AuthConfig;
import io.kumofleet.security.Role;
import io.kumofleet.support.TestCredentials;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docker/compose.yaml, docker/Dockerfile.jvm and docker/kumo/init.lua, checked against what they
 * feed: the gateway's configuration mappings, the node policy, the build output and each other.
 * (No Docker engine is needed; DockerHealthCheckTest and DockerImageSourcesIT cover the rest.)
 */
class DockerComposeTest {

    private static final String TOKEN = "compose-test-token";
    /** What the operator exports before {@code docker compose up} (compose.yaml's header). */
    private static final Map<String, String> EXPORTED = Map.of(
            "KUMO_FLEET_TOKEN_SHA256", TestCredentials.sha256(TOKEN), "POSTGRES_PASSWORD", "compose-test-password");
    private static final List<String> GATEWAYS = List.of("gateway1", "gateway2");
    private static final String KUMOMTA_IMAGE = "ghcr.io/kumocorp/kumomta:";

    private final Map<String, Object> compose = DockerFiles.compose();

    @Test
    void everyGatewayVariableIsAPropertyOfTheGatewaysConfiguration() {
        for (String gateway : GATEWAYS) {
            Map<String, String> env = environment(gateway);
            SmallRyeConfig config = gatewayConfig(env);
            FleetConfig fleet = config.getConfigMapping(FleetConfig.class);
            AuthConfig auth = config.getConfigMapping(AuthConfig.class);

            Set<String> kumoVariables = env.keySet().stream().filter(k -> k.startsWith("KUMO_FLEET_"))
                    .collect(Collectors.toSet());
            assertThat(mappedVariables(fleet, auth)).as(gateway).containsAll(kumoVariables);
            assertThat(fleet.nodes()).as(gateway).containsOnlyKeys("kumo1", "kumo2", "kumo3");
            assertThat(fleet.instanceId()).as(gateway).contains(gateway);
            assertThat(new ApiTokens(auth, false).find(TOKEN)).contains(new ApiTokens.Holder("admin", Role.ADMIN));
            assertThat(env.keySet().stream().filter(k -> !k.startsWith("KUMO_FLEET_")))
                    .as("Quarkus properties the gateways set").containsExactlyInAnyOrder(
                            "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD");
        }
    }

    @Test
    void theGatewaysUseTheComposeDatabase() {
        Map<String, String> db = environment("db");
        assertThat((String) service("db").get("image")).startsWith("postgres:");
        for (String gateway : GATEWAYS) {
            Map<String, String> env = environment(gateway);
            URI jdbc = URI.create(env.get("QUARKUS_DATASOURCE_JDBC_URL").substring("jdbc:".length()));

            assertThat(jdbc.getScheme()).isEqualTo("postgresql");
            assertThat(jdbc.getHost()).isEqualTo("db");
            assertThat(jdbc.getPort()).isEqualTo(5432);
            assertThat(jdbc.getPath()).isEqualTo("/" + db.get("POSTGRES_DB"));
            assertThat(env.get("QUARKUS_DATASOURCE_USERNAME")).isEqualTo(db.get("POSTGRES_USER"));
            assertThat(env.get("QUARKUS_DATASOURCE_PASSWORD")).isEqualTo(db.get("POSTGRES_PASSWORD"));
            assertThat(dependsOn(gateway)).containsEntry("db", "service_healthy");
        }
    }

    @Test
    void nodeUrlsAreTheKumoServicesAdminListeners() {
        String listen = DockerFiles.httpListenerString("listen");
        int port = Integer.parseInt(listen.substring(listen.lastIndexOf(':') + 1));
        Set<String> kumoServices = services().entrySet().stream()
                .filter(s -> String.valueOf(((Map<?, ?>) s.getValue()).get("image")).startsWith(KUMOMTA_IMAGE))
                .map(Map.Entry::getKey).collect(Collectors.toSet());

        assertThat(listen).startsWith("0.0.0.0:");
        assertThat(kumoServices).containsExactlyInAnyOrder("kumo1", "kumo2", "kumo3");
        for (String gateway : GATEWAYS) {
            FleetConfig fleet = gatewayConfig(environment(gateway)).getConfigMapping(FleetConfig.class);
            Set<String> hosts = new HashSet<>();
            fleet.nodes().forEach((name, node) -> {
                URI url = URI.create(node.url());
                assertThat(url.getScheme()).isEqualTo("http");
                assertThat(url.getPort()).as(name).isEqualTo(port);
                hosts.add(url.getHost());
            });
            assertThat(hosts).as("every KumoMTA service is a node of " + gateway).isEqualTo(kumoServices);
            assertThat(dependsOn(gateway).keySet()).containsAll(kumoServices);
        }
    }

    @Test
    void everyNodeRunsThePolicyOfThisDirectory() {
        for (String kumo : List.of("kumo1", "kumo2", "kumo3")) {
            List<String> command = list(service(kumo).get("command"));
            String policy = command.get(command.indexOf("--policy") + 1);

            assertThat(list(service(kumo).get("volumes"))).contains("./kumo/init.lua:" + policy + ":ro");
            assertThat(DockerFiles.DIR.resolve("kumo/init.lua")).isEqualTo(DockerFiles.NODE_POLICY).exists();
        }
    }

    @Test
    void theNodesTrustTheNetworkTheGatewaysCallFrom() {
        Map<?, ?> fleet = (Map<?, ?>) ((Map<?, ?>) compose.get("networks")).get("fleet");
        String subnet = (String) ((Map<?, ?>) list(((Map<?, ?>) fleet.get("ipam")).get("config")).get(0))
                .get("subnet");
        List<String> trusted = DockerFiles.httpListenerList("trusted_hosts");

        assertThat(trusted).anyMatch(cidr -> Cidr.of(cidr).contains(Cidr.of(subnet)));
        for (String service : List.of("gateway1", "gateway2", "kumo1", "kumo2", "kumo3")) {
            assertThat(list(service(service).get("networks"))).as(service).containsExactly("fleet");
        }
    }

    @Test
    void theImageIsBuiltFromTheMavenOutputAndRunsUnprivileged() {
        Map<?, ?> build = (Map<?, ?>) service("gateway1").get("build");
        Path context = DockerFiles.DIR.resolve((String) build.get("context")).normalize();
        String pom = DockerFiles.read(Path.of("pom.xml"));
        Matcher postgresqlOutput = Pattern.compile(
                "<quarkus.package.output-directory>([^<]+)</quarkus.package.output-directory>").matcher(pom);

        assertThat(context.resolve((String) build.get("dockerfile")).normalize()).isEqualTo(DockerFiles.DOCKERFILE);
        assertThat(DockerFiles.argDefault("APP_DIR")).isEqualTo("target/quarkus-app");
        assertThat(postgresqlOutput.find()).isTrue();
        assertThat(((Map<?, ?>) build.get("args")).get("APP_DIR")).isEqualTo("target/" + postgresqlOutput.group(1));
        assertThat(DockerFiles.copySources()).containsExactlyInAnyOrder("${APP_DIR}/lib/", "${APP_DIR}/app/",
                "${APP_DIR}/quarkus/", "${APP_DIR}/quarkus-run.jar");
        String user = DockerFiles.instruction("USER").get(0).split(":")[0];
        assertThat(Integer.parseInt(user)).as("USER").isPositive();
        assertThat(DockerFiles.instruction("ENTRYPOINT").get(0)).contains("\"/opt/kumo-fleet/quarkus-run.jar\"");
        assertThat(DockerFiles.instruction("CMD")).containsExactly("[\"serve\"]");
    }

    @Test
    void theHealthCheckAsksTheGatewaysOwnPort() {
        URI health = DockerFiles.healthCheckUrl();

        assertThat(health.getHost()).isEqualTo("127.0.0.1");
        assertThat(DockerFiles.instruction("EXPOSE")).containsExactly(String.valueOf(health.getPort()));
        assertThat(health.getPort()).isEqualTo(8080);
        GATEWAYS.forEach(g -> assertThat(environment(g)).doesNotContainKey("QUARKUS_HTTP_PORT"));
        assertThat(list(service("gateway1").get("ports"))).containsExactly("127.0.0.1:8081:8080");
        assertThat(list(service("gateway2").get("ports"))).containsExactly("127.0.0.1:8082:8080");
    }

    /** The gateway's configuration as the container sees it: application.properties under the compose environment. */
    private static SmallRyeConfig gatewayConfig(Map<String, String> env) {
        try {
            return new SmallRyeConfigBuilder()
                    .withProfile("prod")
                    .withConverter(Duration.class, 200, new DurationConverter())
                    .withSources(new PropertiesConfigSource(
                            Path.of("src/main/resources/application.properties").toUri().toURL(), 250))
                    .withSources(new EnvConfigSource(env, 300))
                    .withMapping(FleetConfig.class)
                    .withMapping(AuthConfig.class)
                    .withValidateUnknown(false)
                    .build();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every environment variable the two mappings read, for the nodes and tokens that are configured. */
    private static Set<String> mappedVariables(FleetConfig fleet, AuthConfig auth) {
        Set<String> names = new HashSet<>(leaves("KUMO_FLEET_", FleetConfig.class));
        fleet.nodes().keySet().forEach(n -> names.addAll(leaves("KUMO_FLEET_NODES_" + env(n) + "_",
                FleetConfig.NodeConfig.class)));
        names.addAll(leaves("KUMO_FLEET_AUTH_", AuthConfig.class));
        auth.tokens().keySet().forEach(t -> names.addAll(leaves("KUMO_FLEET_AUTH_TOKENS_" + env(t) + "_",
                AuthConfig.ApiToken.class)));
        return names;
    }

    private static Set<String> leaves(String prefix, Class<?> mapping) {
        return Arrays.stream(mapping.getDeclaredMethods())
                .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && !m.isDefault())
                .filter(m -> !Map.class.isAssignableFrom(m.getReturnType()))
                .map(Method::getName).map(name -> prefix + env(name)).collect(Collectors.toSet());
    }

    private static String env(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replace('-', '_').toUpperCase(Locale.ROOT);
    }

    private Map<String, String> environment(String service) {
        Map<String, String> env = new HashMap<>();
        ((Map<?, ?>) service(service).get("environment")).forEach((k, v) -> env.put((String) k, resolve(v)));
        return env;
    }

    /** Compose's {@code ${NAME:?message}}: the exported value, which the test requires to be one it knows. */
    private static String resolve(Object value) {
        Matcher required = Pattern.compile("\\$\\{(\\w+):\\?[^}]*}").matcher(String.valueOf(value));
        StringBuilder out = new StringBuilder();
        while (required.find()) {
            assertThat(EXPORTED).as("variables the README tells to export").containsKey(required.group(1));
            required.appendReplacement(out, EXPORTED.get(required.group(1)));
        }
        return required.appendTail(out).toString();
    }

    private Map<String, String> dependsOn(String service) {
        Map<String, String> conditions = new HashMap<>();
        ((Map<?, ?>) service(service).get("depends_on")).forEach((name, how) ->
                conditions.put((String) name, (String) ((Map<?, ?>) how).get("condition")));
        return conditions;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> services() {
        return (Map<String, Object>) compose.get("services");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> service(String name) {
        Map<String, Object> service = (Map<String, Object>) services().get(name);
        assertThat(service).as("service " + name).isNotNull();
        return service;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        return (List<T>) value;
    }

    static {
        assertThat(Files.exists(DockerFiles.COMPOSE)).as("run from the repository root").isTrue();
    }
}
