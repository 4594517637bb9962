package io.kumofleet.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code completion bash|zsh}: a shell completion script for every subcommand and option (picocli's generator). */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {
            "Print a shell completion script for kumo-fleet's subcommands and options.",
            "",
            "bash: source <(java -jar quarkus-run.jar completion bash)   (or save it in /etc/bash_completion.d/)",
            "zsh:  source <(java -jar quarkus-run.jar completion zsh)    (the same script; it loads zsh's bashcompinit)",
            "",
            "Completion works for a command named --name (default kumo-fleet): define that as an alias or a"
                    + " script on your PATH, e.g. alias kumo-fleet='java -jar /opt/kumo-fleet/quarkus-run.jar'.",
        })
class CompletionCommand implements Runnable {

    /** The shells whose scripts this prints. */
    enum Shell { bash, zsh }

    @Parameters(paramLabel = "<SHELL>", description = "bash or zsh.")
    Shell shell;

    @Option(names = "--name", paramLabel = "<COMMAND>", defaultValue = "kumo-fleet",
            description = "The command name to complete (default kumo-fleet), e.g. kcli if that is your alias.")
    String name;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        // One script for both: under zsh it loads zsh's bashcompinit itself.
        spec.commandLine().getOut().print(AutoComplete.bash(name, spec.root().commandLine()));
        spec.commandLine().getOut().flush();
    }
}
