package io.kumofleet.schedule;

import io.kumofleet.fleet.directive.DirectiveTemplate;
import java.util.Optional;

/**
 * A claimed window to fire: its schedule, its run (recorded as firing) and the fleet id of the
 * directive it creates, chosen and recorded before the directive exists.
 *
 * @param next the schedule's window after this one, if any
 */
record Firing(String scheduleId, long runId, Window window, Optional<Window> next, String directiveId,
        DirectiveTemplate template) {}
