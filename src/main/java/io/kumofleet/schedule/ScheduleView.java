package io.kumofleet.schedule;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.kumofleet.fleet.TargetRequest;
import io.kumofleet.fleet.directive.DirectiveView;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** A schedule as the API shows it: its directive, its windows, what is next and (single GET) its runs. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduleView(
        String id,
        String kind,
        DirectiveView.CriteriaView criteria,
        boolean everything,
        String reason,
        boolean suppressLogging,
        TargetRequest target,
        String mode,
        Instant start,
        Instant end,
        String cron,
        String zone,
        String duration,
        Instant until,
        String state,
        Instant createdAt,
        String createdBy,
        Instant endedAt,
        String endedBy,
        List<WindowView> nextWindows,
        List<RunView> runs) {

    /** A window in UTC and in the schedule's zone. */
    public record WindowView(Instant start, Instant end, OffsetDateTime startInZone, OffsetDateTime endInZone) {}

    /** One window the schedule reached: what happened, when, how late, and the directive it made. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RunView(
            Instant windowStart,
            Instant windowEnd,
            String status,
            Instant firedAt,
            Long latenessMs,
            String firedBy,
            String directiveId,
            String message,
            JsonNode outcomes) {}
}
