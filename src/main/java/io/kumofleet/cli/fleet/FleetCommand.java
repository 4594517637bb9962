package io.kumofleet.cli.fleet;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumofleet.cli.kcli.Environment;
import io.kumofleet.cli.kcli.HumantimeConverter;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/** {@code fleet}: the commands that drive a kumo-fleet gateway, and the options they share. */
@Command(name = "fleet", mixinStandardHelpOptions = true,
        description = {
            "Drive a kumo-fleet gateway: one command reaches every node it fronts.",
            "",
            "Changes (bounce, suspend, suspend-ready-q, cancel, set-log-filter, schedule create|cancel) print"
                    + " each node's outcome. Exit codes: 0 every node succeeded, 3 some nodes failed (partial),"
                    + " 1 no node succeeded or the gateway failed, 2 usage error. --json prints the gateway's"
                    + " JSON answer instead of tables, with the same exit codes.",
            "",
            "The gateway is --gateway, else $KUMO_FLEET_GATEWAY, else http://127.0.0.1:8080. The API token is"
                    + " --token (given without a value it is asked for without echo, so it stays out of the shell"
                    + " history), else $KUMO_FLEET_TOKEN, else the bootstrap admin token that a gateway started in"
                    + " this directory wrote to .kumo-fleet/admin-token. The token is never printed.",
        },
        subcommands = {
            FleetNodesCommand.class,
            FleetBounceCommand.class,
            FleetSuspendCommand.class,
            FleetSuspendReadyQCommand.class,
            FleetListCommand.Bounces.class,
            FleetListCommand.Suspensions.class,
            FleetListCommand.ReadyQueueSuspensions.class,
            FleetCancelCommand.class,
            FleetLogFilterCommand.class,
            FleetQueueSummaryCommand.class,
            FleetProviderSummaryCommand.class,
            FleetScheduleCommand.class,
            FleetAuditCommand.class,
        })
public class FleetCommand implements Runnable {

    static final String GATEWAY_VARIABLE = "KUMO_FLEET_GATEWAY";
    static final String TOKEN_VARIABLE = "KUMO_FLEET_TOKEN";
    static final String DEFAULT_GATEWAY = "http://127.0.0.1:8080";
    static final Path BOOTSTRAP_TOKEN = Path.of(".kumo-fleet", "admin-token");

    @Option(names = "--gateway", scope = ScopeType.INHERIT, paramLabel = "<URL>",
            description = "The gateway's URL. Defaults to $KUMO_FLEET_GATEWAY, else http://127.0.0.1:8080.")
    String gateway;

    @Option(names = "--token", scope = ScopeType.INHERIT, arity = "0..1", interactive = true, paramLabel = "<TOKEN>",
            description = "Ask for the API token without echoing it (give --token with no value). Prefer"
                    + " $KUMO_FLEET_TOKEN in scripts; a value typed after --token lands in the shell history.")
    char[] token;

    @Option(names = "--timeout", scope = ScopeType.INHERIT, paramLabel = "<DURATION>",
            converter = HumantimeConverter.class, defaultValue = "2m",
            description = "How long to wait for the gateway's answer, e.g. 30s or 5m (default 2m).")
    Duration timeout;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    // Field injection keeps a no-argument constructor, so picocli's own factory can build the model too.
    @Inject
    Environment environment;

    @Inject
    ObjectMapper json;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a fleet subcommand is required");
    }

    /** A client of the gateway these options name. */
    GatewayClient client(CommandLine commandLine) {
        return new GatewayClient(gatewayUrl(commandLine), token(), json, timeout);
    }

    ObjectMapper json() {
        return json;
    }

    Environment environment() {
        return environment;
    }

    private URI gatewayUrl(CommandLine commandLine) {
        String text = Optional.ofNullable(gateway).or(() -> environment.variable(GATEWAY_VARIABLE))
                .filter(s -> !s.isBlank()).orElse(DEFAULT_GATEWAY);
        try {
            URI url = new URI(text);
            if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
                throw new URISyntaxException(text, "expected http://host[:port] or https://host[:port]");
            }
            return url.getPath() == null || url.getPath().isEmpty() ? url.resolve("/") : url;
        } catch (URISyntaxException e) {
            throw new ParameterException(commandLine, "invalid gateway URL '" + text + "': " + e.getReason());
        }
    }

    private Optional<String> token() {
        if (token != null && token.length > 0) {
            return Optional.of(new String(token).strip());
        }
        Optional<String> variable = environment.variable(TOKEN_VARIABLE).filter(s -> !s.isBlank());
        if (variable.isPresent()) {
            return variable.map(String::strip);
        }
        Path bootstrap = environment.workingDirectory().resolve(BOOTSTRAP_TOKEN);
        try {
            return Files.isReadable(bootstrap) ? Optional.of(Files.readString(bootstrap).strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
