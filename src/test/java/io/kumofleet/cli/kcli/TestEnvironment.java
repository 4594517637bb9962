package io.kumofleet.cli.kcli;

import jakarta.enterprise.inject.Vetoed;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An environment a test controls: its variables and whether stdout is a terminal. It extends the
 * real bean because QuarkusMock replaces a bean with a subclass; it is not a bean itself.
 */
@Vetoed
public class TestEnvironment extends SystemEnvironment {

    private final Map<String, String> variables = new HashMap<>();
    private boolean terminal;
    private boolean stderrTerminal;
    private Path workingDirectory = Path.of("target", "no-such-working-directory");

    public TestEnvironment set(String name, String value) {
        variables.put(name, value);
        return this;
    }

    public TestEnvironment terminal(boolean terminal) {
        this.terminal = terminal;
        return this;
    }

    public TestEnvironment stderrTerminal(boolean terminal) {
        this.stderrTerminal = terminal;
        return this;
    }

    public TestEnvironment workingDirectory(Path directory) {
        this.workingDirectory = directory;
        return this;
    }

    @Override
    public boolean stderrIsTerminal() {
        return stderrTerminal;
    }

    @Override
    public Path workingDirectory() {
        return workingDirectory;
    }

    @Override
    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    @Override
    public boolean stdoutIsTerminal() {
        return terminal;
    }
}
