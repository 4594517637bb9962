package io.kumofleet.support;

import io.kumofleet.cli.JarProcess;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged gateway ({@code java -jar … serve}) as a separate process, configured by a
 * properties file, with its own working directory (so its H2 file database survives a restart).
 */
public final class GatewayProcess implements AutoCloseable {

    private static final Duration STARTUP = HangGuard.LIMIT;

    private final Path jar;
    private final Path workDir;
    private final Path config;
    private final int port;
    private final List<String> jvmArgs;
    private final Path log;
    private Process process;

    private GatewayProcess(Path jar, Path workDir, Path config, int port, List<String> jvmArgs) {
        this.jar = jar;
        this.workDir = workDir;
        this.config = config;
        this.port = port;
        this.jvmArgs = jvmArgs;
        this.log = Path.of(config.toString().replace(".properties", ".log"));
    }

    /** The default (H2) gateway, configured by {@code properties}; call {@link #start()} next. */
    public static GatewayProcess configure(Path workDir, Map<String, String> properties, String... jvmArgs)
            throws IOException {
        return configure(JarProcess.jar(), workDir, properties, jvmArgs);
    }

    /** The PostgreSQL gateway the build puts in {@code target/postgresql}. */
    public static Path postgresqlJar() {
        return Path.of(System.getProperty("kumo.postgresql.jar", "target/postgresql/quarkus-run.jar")).toAbsolutePath();
    }

    /**
     * Writes {@code properties} to a config file in {@code workDir} for the gateway in {@code jar}. The
     * gateway also accepts the test API tokens, and RestAssured sends it the admin token by default.
     */
    public static GatewayProcess configure(Path jar, Path workDir, Map<String, String> properties, String... jvmArgs)
            throws IOException {
        int port = freePort();
        StringBuilder text = new StringBuilder();
        TestCredentials.tokenConfig().forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        TestCredentials.sendAdminTokenByDefault();
        properties.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        text.append("quarkus.http.port=").append(port).append('\n');
        text.append("quarkus.http.host=127.0.0.1\n");
        Path config = Files.writeString(Files.createTempFile(workDir, "gateway", ".properties"), text.toString());
        return new GatewayProcess(jar, workDir, config, port, List.of(jvmArgs));
    }

    /** Starts the gateway and waits until it reports ready. */
    public GatewayProcess start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-Dquarkus.config.locations=" + config.toUri());
        command.add("-jar");
        command.add(jar.toString());
        command.add("serve");
        process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        awaitReady();
        return this;
    }

    /** The gateway's base URL. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The Authorization header value of the test admin, for clients other than RestAssured. */
    public String adminAuthorization() {
        return "Bearer " + TestCredentials.ADMIN;
    }

    /** The process's pid, e.g. to read its memory use. */
    public long pid() {
        return process.pid();
    }

    /** Stops the gateway as an operator would (SIGTERM) and waits for it to exit. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** Kills the gateway without letting it shut down (a crash). */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly().waitFor();
        }
    }

    /** What the gateway printed so far. */
    public String log() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest ready = HttpRequest.newBuilder(url().resolve("/q/health/ready")).build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the gateway exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // keep polling until the deadline
            }
            process.waitFor(200, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("the gateway was not ready within " + STARTUP + ":\n" + log());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
