package io.kumofleet.cli.kcli;

import io.kumofleet.cli.KumoFleetCommand;
import io.quarkus.test.junit.QuarkusMock;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process, as {@code Main} does, with captured stdout and stderr. */
public final class KcliRunner {

    /** What one run left behind. */
    public record Result(int exitCode, String out, String err) {}

    private final CommandLine.IFactory factory;
    public final TestEnvironment environment = new TestEnvironment();

    /** Must be made in a test (or {@code @BeforeEach}): it installs the test environment for that test. */
    public KcliRunner(CommandLine.IFactory factory) {
        this.factory = factory;
        QuarkusMock.installMockForType(environment, Environment.class);
    }

    /** Runs {@code --endpoint <endpoint> args…}. */
    public Result runAt(String endpoint, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--endpoint";
        all[1] = endpoint;
        System.arraycopy(args, 0, all, 2, args.length);
        return run(all);
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = KumoFleetCommand.commandLine(factory, args)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true));
        int exitCode = command.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }
}
