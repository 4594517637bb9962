package io.kumofleet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command mode must work beside a running gateway: no port bound, no database opened. */
class CommandModeIT {

    @TempDir
    Path workDir;

    @Test
    void commandRunsWhilePort8080IsTakenAndOpensNoDatabase() throws Exception {
        try (ServerSocket taken = new ServerSocket(8080, 50, InetAddress.getLoopbackAddress())) {
            JarProcess.Result result = JarProcess.run(workDir, List.of(), "--version");

            assertEquals(0, result.exitCode(), result.stderr());
            assertTrue(result.stdout().startsWith("kumo-fleet "), result.stdout());
            assertFalse(result.stderr().contains("Port 8080"), result.stderr());
            assertFalse(Files.exists(workDir.resolve(".kumo-fleet")), "command mode created the H2 database");
            assertFalse(result.stdout().contains("Flyway") || result.stderr().contains("Flyway"));
        }
    }

    @Test
    void gatewayRefusesToStartWhenItsPortIsTaken() throws Exception {
        // The counter-proof: the same jar in gateway mode does need the port, so the test above is meaningful.
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            JarProcess.Result result = JarProcess.run(workDir,
                    List.of("-Dquarkus.http.port=" + taken.getLocalPort(), "-Dquarkus.http.host=127.0.0.1"), "serve");

            assertEquals(1, result.exitCode(), result.stdout() + result.stderr());
            assertTrue((result.stdout() + result.stderr()).contains(String.valueOf(taken.getLocalPort())));
        }
    }

    @Test
    void unknownSubcommandIsAUsageError() throws Exception {
        JarProcess.Result result = JarProcess.run(workDir, List.of(), "no-such-command");

        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().contains("no-such-command"), result.stderr());
    }
}
