package io.kumofleet.cli.kcli;

import java.util.UUID;
import picocli.CommandLine.Option;

/** {@code --id}: the rule to cancel, as printed by the command that created it or by its list. */
class RuleIdOption {

    @Option(names = "--id", required = true, paramLabel = "<ID>", converter = UuidConverter.class,
            description = "The id of the entry to cancel (a UUID, as shown by the create and list commands).")
    UUID id;
}
