package io.kumofleet.schedule;

import io.kumofleet.fleet.TargetRequest;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A timed directive: the directive (kind, criteria, reason, target) plus when. Either a one-shot
 * window ({@code start} and {@code end} or {@code duration}) or a recurring one ({@code cron},
 * {@code zone}, {@code duration}, optional {@code until}). {@code allowDuplicate} creates it even when
 * an active schedule has the same kind, criteria, target and timing.
 */
@Schema(description = "A directive that takes effect in windows: once (start + end or duration) or recurring "
        + "(cron + zone + duration).")
public record ScheduleRequest(
        @Schema(required = true, enumeration = {"bounce", "suspension", "ready-queue-suspension"}) String kind,
        String campaign,
        String tenant,
        String domain,
        String routingDomain,
        List<String> queueNames,
        @Schema(description = "ready-queue name, for ready-queue-suspension") String name,
        Boolean everything,
        @Schema(required = true) String reason,
        Boolean suppressLogging,
        TargetRequest target,
        @Schema(description = "one-shot start: ISO-8601 date-time with offset, or local date-time with zone",
                examples = "2026-12-01T22:00:00+01:00") String start,
        @Schema(description = "one-shot end, same forms as start") String end,
        @Schema(description = "window length, e.g. 8h; with cron it is required", examples = "8h") String duration,
        @Schema(description = "IANA time zone, e.g. America/New_York", examples = "Europe/Berlin") String zone,
        @Schema(description = "recurring: 5-field cron expression for each window's start", examples = "0 22 * * *")
                String cron,
        @Schema(description = "recurring: no window starts at or after this date-time") String until,
        @Schema(description = "create it even if an active schedule has the same kind, criteria, target and timing "
                + "(else 409 naming that one)") Boolean allowDuplicate) {}
