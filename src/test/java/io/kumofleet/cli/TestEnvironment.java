package io.kumofleet.cli;

import jakarta.enterprise.inject.Vetoed;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An environment a test controls: its variables and whether stdout is a terminal. It extends the
 * real bean because QuarkusMock replaces a bean with a subclass; it is not a bean itself.
 */
@Vetoed
class TestEnvironment extends SystemEnvironment {

    private final Map<String, String> variables = new HashMap<>();
    private boolean terminal;

    TestEnvironment set(String name, String value) {
        variables.put(name, value);
        return this;
    }

    TestEnvironment terminal(boolean terminal) {
        this.terminal = terminal;
        return this;
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
