package io.kumofleet.cli.kcli;

import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * kcli's {@code --endpoint}, a mixin of the top command (it goes before the subcommand, as with kcli),
 * which the kcli subcommands find above them.
 */
public final class EndpointOption {

    public static final String NAME = "--endpoint";

    @Option(names = NAME, paramLabel = "<ENDPOINT>",
            description = "URL of the KumoMTA HTTP listener for the kcli subcommands; give it before the subcommand."
                    + " Defaults to $KUMO_KCLI_ENDPOINT, else http://127.0.0.1:8000. Any path is ignored.")
    String endpoint;

    /** The {@code --endpoint} given to a command above {@code command}, if any. */
    static Optional<String> above(CommandSpec command) {
        for (CommandSpec c = command.parent(); c != null; c = c.parent()) {
            for (CommandSpec mixin : c.mixins().values()) {
                if (mixin.userObject() instanceof EndpointOption option) {
                    return Optional.ofNullable(option.endpoint);
                }
            }
        }
        return Optional.empty();
    }
}
