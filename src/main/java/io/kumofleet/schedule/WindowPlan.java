package io.kumofleet.schedule;

import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a schedule's windows are: one window, or a window of fixed length at every occurrence of a
 * cron expression in a time zone. Zone rules (DST) and cron arithmetic come from java.time and
 * cron-utils; the windows the API promises and the windows the dispatcher fires are computed by
 * this same code.
 */
public sealed interface WindowPlan {

    /** The first window starting at or after {@code from}, if any. */
    Optional<Window> firstStartingAtOrAfter(Instant from);

    /** The window that starts at {@code start}, a start this plan produced. */
    Window startingAt(Instant start);

    /** The zone in which the windows are shown and computed. */
    ZoneId zone();

    /** Up to {@code count} windows starting at or after {@code from}. */
    default List<Window> upcoming(Instant from, int count) {
        List<Window> windows = new ArrayList<>();
        Instant cursor = from;
        while (windows.size() < count) {
            Optional<Window> next = firstStartingAtOrAfter(cursor);
            if (next.isEmpty()) {
                break;
            }
            windows.add(next.get());
            cursor = next.get().start().plusNanos(1);
        }
        return windows;
    }

    /** A single window. */
    record OneShot(Instant start, Instant end, ZoneId zone) implements WindowPlan {
        @Override
        public Optional<Window> firstStartingAtOrAfter(Instant from) {
            return from.isAfter(start) ? Optional.empty() : Optional.of(new Window(start, end));
        }

        @Override
        public Window startingAt(Instant s) {
            return new Window(start, end);
        }
    }

    /** A window of {@code duration} at every occurrence of a 5-field (Unix) cron expression in {@code zone}. */
    record Recurring(String cron, ZoneId zone, Duration duration, Instant until) implements WindowPlan {

        private static final CronParser PARSER =
                new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

        /** Parses and validates the expression; throws IllegalArgumentException with cron-utils' reason. */
        static Cron parse(String expression) {
            return PARSER.parse(expression).validate();
        }

        @Override
        public Optional<Window> firstStartingAtOrAfter(Instant from) {
            ExecutionTime times = ExecutionTime.forCron(parse(cron));
            ZonedDateTime probe = from.minusNanos(1).atZone(zone);
            return times.nextExecution(probe)
                    .map(ZonedDateTime::toInstant)
                    .filter(start -> until == null || start.isBefore(until))
                    .map(this::startingAt);
        }

        @Override
        public Window startingAt(Instant start) {
            return new Window(start, start.plus(duration));
        }
    }
}
