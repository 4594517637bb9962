package io.kumofleet.cli.kcli;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The process environment. */
@ApplicationScoped
@DefaultBean
public class SystemEnvironment implements Environment {

    @Override
    public Optional<String> variable(String name) {
        return Optional.ofNullable(System.getenv(name));
    }

    @Override
    public boolean stdoutIsTerminal() {
        // Java 17: non-null only when both stdin and stdout are terminals; the best check available.
        return System.console() != null;
    }

    @Override
    public boolean stderrIsTerminal() {
        // Java 17 cannot ask isatty(2); on Linux the descriptor's link names the terminal device.
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    @Override
    public Path workingDirectory() {
        return Path.of("").toAbsolutePath();
    }
}
