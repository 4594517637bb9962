package io.kumofleet.cli.fleet;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumofleet.cli.kcli.HumantimeConverter;
import io.kumofleet.kumod.Humantime;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code fleet schedule create}: a directive that takes effect in one window or in recurring windows. */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = {
            "Schedule a bounce, suspension or ready-queue suspension.",
            "",
            "One window: --start and --end (or --duration). Recurring: --cron, --zone and --duration, optionally"
                    + " --until. Times are ISO-8601 with an offset (2026-12-01T22:00:00+01:00), or local"
                    + " (2026-12-01T22:00) with --zone. Prints the schedule and its next windows in UTC and in the zone.",
            "",
            "Example (quiet hours): schedule create --kind suspension --tenant acme --reason 'quiet hours'"
                    + " --cron '0 22 * * *' --zone America/New_York --duration 8h",
        })
class ScheduleCreateCommand extends FleetSubcommand {

    @Option(names = "--kind", required = true, paramLabel = "<KIND>",
            description = "bounce, suspension or ready-queue-suspension.")
    String kind;

    @Option(names = "--campaign", paramLabel = "<CAMPAIGN>", description = "The campaign to match.")
    String campaign;

    @Option(names = "--tenant", paramLabel = "<TENANT>", description = "The tenant to match.")
    String tenant;

    @Option(names = "--domain", paramLabel = "<DOMAIN>", description = "The domain to match.")
    String domain;

    @Option(names = "--routing-domain", paramLabel = "<ROUTING_DOMAIN>", description = "The routing domain to match (bounce).")
    String routingDomain;

    @Option(names = "--queue", paramLabel = "<QUEUE>", description = "An exact scheduled-queue name (repeatable).")
    List<String> queues;

    @Option(names = "--name", paramLabel = "<NAME>", description = "The ready-queue name (ready-queue-suspension).")
    String name;

    @Option(names = "--everything", description = "Match every queue (admin role only).")
    boolean everything;

    @Option(names = "--reason", required = true, paramLabel = "<REASON>", description = "The reason sent to the nodes.")
    String reason;

    @Option(names = "--suppress-logging", description = "Bounce without AdminBounce log records (bounce).")
    boolean suppressLogging;

    @Option(names = "--start", paramLabel = "<TIME>", description = "One window: its start.")
    String start;

    @Option(names = "--end", paramLabel = "<TIME>", description = "One window: its end (or give --duration).")
    String end;

    @Option(names = "--duration", paramLabel = "<DURATION>", converter = HumantimeConverter.class,
            description = "Each window's length, e.g. 30m or 8h; required with --cron.")
    Duration duration;

    @Option(names = "--cron", paramLabel = "<CRON>",
            description = "Recurring: a 5-field cron expression (minute hour day month weekday) for each window's start.")
    String cron;

    @Option(names = "--zone", paramLabel = "<ZONE>", description = "IANA time zone, e.g. Europe/Berlin.")
    String zone;

    @Option(names = "--until", paramLabel = "<TIME>", description = "Recurring: no window starts at or after this time.")
    String until;

    @Option(names = "--allow-duplicate",
            description = "Create it even if an active schedule has the same kind, criteria, target and timing"
                    + " (else the gateway refuses and names that schedule).")
    boolean allowDuplicate;

    @Mixin
    TargetOptions target;

    @Override
    int run() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("campaign", campaign);
        body.put("tenant", tenant);
        body.put("domain", domain);
        body.put("routing_domain", routingDomain);
        body.put("queue_names", queues);
        body.put("name", name);
        body.put("everything", everything);
        body.put("reason", reason);
        body.put("suppress_logging", suppressLogging);
        body.put("start", start);
        body.put("end", end);
        body.put("duration", duration == null ? null : Humantime.format(duration));
        body.put("cron", cron);
        body.put("zone", zone);
        body.put("until", until);
        body.put("target", target.body());
        body.put("allow_duplicate", allowDuplicate);
        body.values().removeIf(v -> v == null || Boolean.FALSE.equals(v));
        JsonNode schedule = call(gateway -> gateway.post("/schedules", body));
        if (json) {
            printJson(schedule);
        } else {
            ScheduleText.print(schedule, out());
        }
        return ExitCode.OK;
    }
}
