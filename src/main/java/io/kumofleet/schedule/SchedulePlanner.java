package io.kumofleet.schedule;

import io.kumofleet.fleet.InvalidRequestException;
import io.kumofleet.fleet.directive.Criteria;
import io.kumofleet.fleet.directive.DirectiveKind;
import io.kumofleet.fleet.directive.DirectiveTemplate;
import io.kumofleet.fleet.directive.SpecValidator;
import io.kumofleet.kumod.Humantime;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/** Validates a schedule request into a directive template and a window plan, refusing every mistake. */
@ApplicationScoped
public class SchedulePlanner {

    static final Duration SHORTEST_WINDOW = Duration.ofMinutes(1);
    static final Duration START_GRACE = Duration.ofMinutes(1);
    private static final int OVERLAP_CHECK_WINDOWS = 50;

    private final SpecValidator validator;
    private final Clock clock;

    public SchedulePlanner(SpecValidator validator, Clock clock) {
        this.validator = validator;
        this.clock = clock;
    }

    /** The validated template and plan of a request. */
    public record Plan(DirectiveTemplate template, WindowPlan windows) {}

    public Plan plan(ScheduleRequest r) {
        DirectiveKind kind = kind(r.kind());
        Criteria criteria = new Criteria(r.campaign(), r.tenant(), r.domain(), r.routingDomain(), r.queueNames(),
                r.name());
        if (kind != DirectiveKind.BOUNCE && (r.routingDomain() != null || r.suppressLogging() != null)) {
            throw new InvalidRequestException("routing_domain and suppress_logging apply to bounces only");
        }
        if (kind != DirectiveKind.READY_QUEUE_SUSPENSION && r.name() != null) {
            throw new InvalidRequestException("name applies to ready-queue-suspension only");
        }
        DirectiveTemplate template = validator.template(kind, criteria, r.everything(), r.reason(),
                Boolean.TRUE.equals(r.suppressLogging()), r.target());
        WindowPlan windows = r.cron() != null ? recurring(r) : oneShot(r);
        if (windows.firstStartingAtOrAfter(clock.instant().minus(START_GRACE)).isEmpty()) {
            throw new InvalidRequestException("this schedule has no window left to fire");
        }
        return new Plan(template, windows);
    }

    private WindowPlan oneShot(ScheduleRequest r) {
        if (r.until() != null) {
            throw new InvalidRequestException("until applies to recurring schedules (with cron) only");
        }
        if (r.start() == null) {
            throw new InvalidRequestException("give start (and end or duration) for one window, or cron, zone and "
                    + "duration for recurring windows");
        }
        ZoneId zone = r.zone() == null ? null : zone(r.zone());
        // microseconds are what the databases keep: the duplicate check's SQL equality then finds the stored one
        Instant start = instant("start", r.start(), zone).truncatedTo(ChronoUnit.MICROS);
        if (start.isBefore(clock.instant().minus(START_GRACE))) {
            throw new InvalidRequestException("start " + start + " is in the past (now " + clock.instant() + ")");
        }
        if ((r.end() == null) == (r.duration() == null)) {
            throw new InvalidRequestException("give end or duration, exactly one of them");
        }
        Instant end = (r.end() != null ? instant("end", r.end(), zone) : start.plus(duration(r.duration())))
                .truncatedTo(ChronoUnit.MICROS);
        if (!end.isAfter(start)) {
            throw new InvalidRequestException("end " + end + " is not after start " + start);
        }
        checkLength(Duration.between(start, end));
        ZoneId shownIn = zone != null ? zone : offsetOf(r.start());
        return new WindowPlan.OneShot(start, end, shownIn);
    }

    private WindowPlan recurring(ScheduleRequest r) {
        if (r.start() != null || r.end() != null) {
            throw new InvalidRequestException("start and end are for one window; with cron give zone and duration");
        }
        if (r.zone() == null || r.duration() == null) {
            throw new InvalidRequestException("recurring windows need zone (e.g. America/New_York) and duration "
                    + "(e.g. 8h) besides cron");
        }
        try {
            WindowPlan.Recurring.parse(r.cron());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("cron '" + r.cron() + "' is not a 5-field cron expression "
                    + "(minute hour day-of-month month day-of-week), e.g. '0 22 * * *': " + e.getMessage());
        }
        ZoneId zone = zone(r.zone());
        Duration length = duration(r.duration());
        checkLength(length);
        Instant until = r.until() == null ? null : instant("until", r.until(), zone);
        var plan = new WindowPlan.Recurring(r.cron().trim(), zone, length, until);
        List<Window> next = plan.upcoming(clock.instant(), OVERLAP_CHECK_WINDOWS);
        for (int i = 1; i < next.size(); i++) {
            if (next.get(i - 1).end().isAfter(next.get(i).start())) {
                throw new InvalidRequestException("windows overlap: the window starting " + next.get(i - 1).start()
                        + " lasts until " + next.get(i - 1).end() + ", after the next one starts at "
                        + next.get(i).start() + "; shorten duration or space the cron occurrences");
            }
        }
        return plan;
    }

    private static void checkLength(Duration length) {
        if (length.compareTo(SHORTEST_WINDOW) < 0) {
            throw new InvalidRequestException("a window must last at least " + SHORTEST_WINDOW.toSeconds() + "s");
        }
    }

    private static DirectiveKind kind(String kind) {
        return Arrays.stream(DirectiveKind.values()).filter(k -> k.label().equals(kind)).findFirst()
                .orElseThrow(() -> new InvalidRequestException(
                        "kind must be bounce, suspension or ready-queue-suspension, not '" + kind + "'"));
    }

    private static ZoneId zone(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new InvalidRequestException("zone '" + zone + "' is not an IANA time zone such as Europe/Berlin");
        }
    }

    private static Duration duration(String value) {
        try {
            return Humantime.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("duration '" + value + "' is not a duration such as 30m or 8h: "
                    + e.getMessage());
        }
    }

    /** A date-time with offset, or a local date-time in {@code zone} (a DST gap moves it forward). */
    private static Instant instant(String field, String value, ZoneId zone) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            LocalDateTime local;
            try {
                local = LocalDateTime.parse(value);
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException(field + " '" + value + "' is not an ISO-8601 date-time such as "
                        + "2026-12-01T22:00:00+01:00 or 2026-12-01T22:00:00 with zone");
            }
            if (zone == null) {
                throw new InvalidRequestException(field + " '" + value + "' has no offset: add one, or give zone");
            }
            return local.atZone(zone).toInstant();
        }
    }

    private static ZoneId offsetOf(String value) {
        try {
            return OffsetDateTime.parse(value).getOffset();
        } catch (DateTimeParseException e) {
            return ZoneOffset.UTC;
        }
    }
}
