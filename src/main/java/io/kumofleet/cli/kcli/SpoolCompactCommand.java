package io.kumofleet.cli.kcli;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code spool-compact}: flushes and fully compacts a spool. */
@Command(name = "spool-compact", mixinStandardHelpOptions = true,
        description = {
            "Forces a flush and full compaction of the named spool.",
            "",
            "Mainly a diagnostic helper: for a RocksDB spool it flushes and compacts the whole key space; other"
                    + " spool kinds ignore it. Prints nothing on success; a storage error (e.g. a missing or"
                    + " corrupt SST file) or an unknown spool name fails with the node's explanation.",
        })
public class SpoolCompactCommand extends KcliCommand {

    @Option(names = "--name", required = true, paramLabel = "<NAME>",
            description = "The spool to compact, as named by kumo.define_spool in the policy (e.g. data or meta).")
    String name;

    @Inject
    SpoolCompactCommand(Kcli kcli) {
        super(kcli);
    }

    @Override
    protected void run(KcliNode node) {
        node.call("/api/admin/spool-compact/v1", client -> client.spoolCompact(name));
    }
}
