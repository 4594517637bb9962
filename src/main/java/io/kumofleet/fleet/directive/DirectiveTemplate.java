package io.kumofleet.fleet.directive;

import io.kumofleet.fanout.Target;
import java.time.Instant;

/** A validated directive without its end: what a schedule creates at each window. */
public record DirectiveTemplate(
        DirectiveKind kind,
        Criteria criteria,
        boolean everything,
        String reason,
        boolean suppressLogging,
        Target target) {

    /** The directive for a window ending at {@code expires}. */
    public DirectiveSpec endingAt(Instant expires) {
        return new DirectiveSpec(kind, criteria, everything, reason, suppressLogging, expires, target);
    }
}
