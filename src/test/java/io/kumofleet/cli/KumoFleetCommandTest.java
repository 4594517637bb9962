package io.kumofleet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kumofleet.cli.kcli.Kcli;
import io.kumofleet.cli.kcli.KcliCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A run builds only the subcommand it names, and nothing it prints depends on that. */
class KumoFleetCommandTest {

    /** Picocli's own factory; the simulator's Vert.x and the kcli commands' {@link Kcli} are never used by these tests. */
    private static final CommandLine.IFactory FACTORY = new CommandLine.IFactory() {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == SimulateCommand.class) {
                return type.cast(new SimulateCommand(null));
            }
            if (KcliCommand.class.isAssignableFrom(type)) {
                Constructor<K> constructor = type.getDeclaredConstructor(Kcli.class);
                constructor.setAccessible(true);
                return constructor.newInstance((Object) null);
            }
            return CommandLine.defaultFactory().create(type);
        }
    };

    private record Output(int exitCode, String out, String err) {}

    @Test
    void theSubcommandNameIsTheFirstWordThatIsNeitherAnOptionNorTheEndpoint() {
        assertEquals(Optional.of("bounce-list"),
                KumoFleetCommand.subcommandName("--endpoint", "http://mta1:8000", "bounce-list", "--json"));
        assertEquals(Optional.of("serve"), KumoFleetCommand.subcommandName("--endpoint=http://mta1:8000", "serve"));
        assertEquals(Optional.empty(), KumoFleetCommand.subcommandName("--endpoint", "serve"));
        assertEquals(Optional.empty(), KumoFleetCommand.subcommandName("-h"));
    }

    @Test
    void aRunOfOneSubcommandBuildsOnlyThatOne() {
        assertThat(KumoFleetCommand.commandLine(FACTORY, "--endpoint", "http://mta1:8000", "bounce-list")
                .getSubcommands()).containsOnlyKeys("bounce-list");
    }

    @Test
    void helpAndUnknownWordsGetEverySubcommand() {
        int all = KumoFleetCommand.SUBCOMMANDS.size();
        assertThat(KumoFleetCommand.commandLine(FACTORY, "help", "bounce-list").getSubcommands()).hasSize(all);
        assertThat(KumoFleetCommand.commandLine(FACTORY, "bounce-lst").getSubcommands()).hasSize(all);
        assertThat(KumoFleetCommand.commandLine(FACTORY, "--help").getSubcommands()).hasSize(all);
        assertThat(KumoFleetCommand.commandLine(FACTORY).getSubcommands()).hasSize(all);
    }

    @Test
    void helpAndUsageErrorsReadTheSameWithOneSubcommandBuilt() {
        for (String name : KumoFleetCommand.commandLine(FACTORY).getSubcommands().keySet()) {
            if (!name.equals("help")) {
                assertSameOutput(name, "--help");
                assertSameOutput(name, "--no-such-option");
            }
        }
        assertSameOutput("--endpoint", "http://mta1:8000", "bounce-lst");
    }

    private static void assertSameOutput(String... args) {
        Output everything = run(KumoFleetCommand.commandLine(FACTORY), args);
        Output one = run(KumoFleetCommand.commandLine(FACTORY, args), args);
        assertEquals(everything, one, String.join(" ", args));
    }

    private static Output run(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = commandLine.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
        return new Output(exitCode, out.toString(), err.toString());
    }
}
