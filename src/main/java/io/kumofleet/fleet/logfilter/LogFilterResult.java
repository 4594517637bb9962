package io.kumofleet.fleet.logfilter;

import io.kumofleet.fleet.NodeResult;
import java.time.Instant;
import java.util.List;

/** The answer to a log-filter change: the filter, when it reverts, and what each node said. */
public record LogFilterResult(String filter, Instant revertAt, List<NodeResult> outcomes) {}
