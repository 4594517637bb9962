package io.kumofleet.schedule;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.kumofleet.fleet.directive.DirectiveResult;

/** The answer to cancelling a schedule: the schedule now, and the cancelled directive of a window in force. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduleCancelResult(ScheduleView schedule, DirectiveResult cancelledDirective) {}
