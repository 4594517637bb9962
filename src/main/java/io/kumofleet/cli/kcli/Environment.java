package io.kumofleet.cli.kcli;

import java.util.Optional;

/** What a kcli run reads from its surroundings, so that tests can supply their own. */
public interface Environment {

    /** The value of an environment variable, present even when empty (kcli uses an empty value too). */
    Optional<String> variable(String name);

    /** Whether standard output is a terminal (kcli colours trace output only then, by default). */
    boolean stdoutIsTerminal();

    /** Whether standard error is a terminal (fleet commands show progress there only then). */
    boolean stderrIsTerminal();

    /** The working directory, where a gateway started here keeps its bootstrap token. */
    java.nio.file.Path workingDirectory();
}
