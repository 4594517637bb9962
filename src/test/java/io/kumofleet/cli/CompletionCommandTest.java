package io.kumofleet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumofleet.cli.kcli.KcliRunner;
import io.kumofleet.support.HangGuard;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The completion script, loaded into a real bash, completes subcommands and options. */
@QuarkusTest
class CompletionCommandTest {

    @Inject
    CommandLine.IFactory factory;

    @TempDir
    Path dir;

    @Test
    void bashCompletesSubcommandsAndTheirOptions() throws Exception {
        KcliRunner.Result script = new KcliRunner(factory).run("completion", "bash");
        assertThat(script.exitCode()).isZero();

        assertThat(complete(script.out(), "kumo-fleet", "fleet", "bou")).contains("bounce", "bounce-list");
        assertThat(complete(script.out(), "kumo-fleet", "fleet", "bounce", "--dr")).containsExactly("--dry-run");
        assertThat(complete(script.out(), "kumo-fleet", "suspend-ready-q-l")).containsExactly("suspend-ready-q-list");
    }

    @Test
    void zshGetsAScriptThatLoadsBashcompinitForTheNamedCommand() {
        KcliRunner.Result script = new KcliRunner(factory).run("completion", "zsh", "--name", "kcli");

        assertThat(script.exitCode()).isZero();
        assertThat(script.out()).contains("autoload -U +X bashcompinit && bashcompinit")
                .contains("complete -F _complete_kcli -o default kcli");
    }

    @Test
    void anUnknownShellIsAUsageError() {
        KcliRunner.Result result = new KcliRunner(factory).run("completion", "fish");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("fish").contains("bash, zsh");
    }

    /** What bash offers for the words typed so far (the last one being completed). */
    private List<String> complete(String script, String... words) throws IOException, InterruptedException {
        Path file = dir.resolve("completion.bash");
        Files.writeString(file, script);
        String typed = String.join(" ", words);
        String driver = "source " + file + "\n"
                + "COMP_WORDS=(" + typed + "); COMP_CWORD=" + (words.length - 1) + "; COMP_LINE='" + typed + "';"
                + " COMP_POINT=${#COMP_LINE}\n"
                + "$(complete -p " + words[0] + " | sed -E 's/.*-F ([^ ]+).*/\\1/')\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process bash = new ProcessBuilder("bash", "-c", driver).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(HangGuard.LIMIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        return output.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
