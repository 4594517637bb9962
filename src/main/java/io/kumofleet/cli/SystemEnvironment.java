package io.kumofleet.cli;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
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
}
