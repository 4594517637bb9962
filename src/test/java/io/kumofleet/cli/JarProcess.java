package io.kumofleet.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged jar as an operator would, in a given working directory, and captures its output. */
public final class JarProcess {

    /** What a finished run printed and returned. */
    public record Result(int exitCode, String stdout, String stderr) {}

    private JarProcess() {}

    /** The jar built by {@code ./mvnw package}, as failsafe passes it. */
    public static Path jar() {
        return Path.of(System.getProperty("kumo.jar", "target/quarkus-app/quarkus-run.jar")).toAbsolutePath();
    }

    /** Runs {@code java [jvmArgs] -jar kumo-fleet.jar args…} in {@code workDir} and waits for it. */
    public static Result run(Path workDir, List<String> jvmArgs, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(workDir, "stdout", ".txt");
        Path err = Files.createTempFile(workDir, "stderr", ".txt");
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("kumo-fleet " + String.join(" ", args) + " did not finish within 60 s");
        }
        return new Result(process.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
