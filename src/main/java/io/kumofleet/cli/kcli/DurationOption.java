package io.kumofleet.cli.kcli;

import io.kumofleet.kumod.Humantime;
import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --duration}: how long a rule stays in force; kumod's default is five minutes. */
public class DurationOption {

    @Option(names = "--duration", paramLabel = "<DURATION>", converter = HumantimeConverter.class,
            description = "How long the rule stays in force, e.g. 90s, 10m, '1h 30m' or 2days (humantime units"
                    + " ns, us, ms, s, m, h, d, w, M, y and their long forms). The default is '5m'.")
    Duration duration;

    /** The duration as kcli sends it (re-written by humantime, e.g. {@code 600s} becomes {@code 10m}), or null. */
    public String wire() {
        return duration == null ? null : Humantime.format(duration);
    }
}
