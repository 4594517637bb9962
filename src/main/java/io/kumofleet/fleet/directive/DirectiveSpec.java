package io.kumofleet.fleet.directive;

import io.kumofleet.fanout.Target;
import java.time.Instant;

/** A validated request for a directive: everything needed to create it, with its end as an instant. */
public record DirectiveSpec(
        DirectiveKind kind,
        Criteria criteria,
        boolean everything,
        String reason,
        boolean suppressLogging,
        Instant expires,
        Target target) {}
