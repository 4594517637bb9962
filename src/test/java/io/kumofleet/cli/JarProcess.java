package io.kumofleet.cli;

import io.kumofleet.support.HangGuard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged application as an operator would, in a given working directory, and captures its
 * output: either {@code java -jar} on a jar, or the {@code kumo-fleet} launcher the build puts in target/.
 */
public final class JarProcess {

    /** What a finished run printed and returned. */
    public record Result(int exitCode, String stdout, String stderr) {}

    private JarProcess() {}

    /** The jar built by {@code ./mvnw package}, as failsafe passes it. */
    public static Path jar() {
        return Path.of(System.getProperty("kumo.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
    }

    /** The launcher built by {@code ./mvnw package}, as failsafe passes it. */
    public static Path launcher() {
        return Path.of(System.getProperty("kumo.launcher", "target/kumo-fleet")).toAbsolutePath();
    }

    /** Runs {@code java [jvmArgs] -jar kumo-fleet.jar args…} in {@code workDir} and waits for it. */
    public static Result run(Path workDir, List<String> jvmArgs, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        return run(workDir, command, Map.of());
    }

    /**
     * Runs {@code target/kumo-fleet args…} in {@code workDir} with this JDK as {@code JAVA_HOME} and
     * {@code jvmArgs} (no spaces in them) as {@code JAVA_OPTS}, and waits for it.
     */
    public static Result runLauncher(Path workDir, List<String> jvmArgs, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher().toString());
        command.addAll(List.of(args));
        return run(workDir, command,
                Map.of("JAVA_HOME", System.getProperty("java.home"), "JAVA_OPTS", String.join(" ", jvmArgs)));
    }

    private static Result run(Path workDir, List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(workDir, "stdout", ".txt");
        Path err = Files.createTempFile(workDir, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(HangGuard.LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within " + HangGuard.LIMIT);
        }
        return new Result(process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
