package io.kumofleet.fleet.logfilter;

import io.kumofleet.fanout.FanoutExecutor;
import io.kumofleet.fanout.FleetNode;
import io.kumofleet.fanout.NodeOutcome;
import io.kumofleet.fleet.FleetWideGuard;
import io.kumofleet.fleet.InvalidRequestException;
import io.kumofleet.fleet.NodeInventory;
import io.kumofleet.fleet.NodeResult;
import io.kumofleet.fleet.TargetRequest;
import io.kumofleet.fleet.audit.AuditLog;
import io.kumofleet.kumod.Humantime;
import io.kumofleet.kumod.LogFilterSyntax;
import io.kumofleet.store.LogFilterRecord;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Sets diagnostic log filters across the fleet and puts them back to each node's baseline when a
 * requested time is up; the revert time is stored, so it happens even across a gateway restart.
 */
@ApplicationScoped
public class LogFilterService {

    private static final Logger LOG = Logger.getLogger(LogFilterService.class);
    /** The longest filter the gateway records (the database column). */
    static final int MAX_FILTER_LENGTH = 4096;

    private final NodeInventory inventory;
    private final FanoutExecutor fanout;
    private final AuditLog audit;
    private final Clock clock;
    private final FleetWideGuard guard;

    public LogFilterService(NodeInventory inventory, FanoutExecutor fanout, AuditLog audit, Clock clock,
            FleetWideGuard guard) {
        this.inventory = inventory;
        this.fanout = fanout;
        this.audit = audit;
        this.clock = clock;
        this.guard = guard;
    }

    /** Sets the filter on the target nodes and records when each reverts. */
    public LogFilterResult set(LogFilterRequest request, String actor) {
        if (request.filter() == null || request.filter().isBlank()) {
            throw new InvalidRequestException("filter is required, e.g. kumod=debug");
        }
        // Checked before any node is called: a node must never be changed with what the gateway cannot record.
        if (request.filter().length() > MAX_FILTER_LENGTH) {
            throw new InvalidRequestException("filter is " + request.filter().length() + " characters long; at most "
                    + MAX_FILTER_LENGTH + " are kept");
        }
        LogFilterSyntax.error(request.filter()).ifPresent(error -> {
            throw new InvalidRequestException("filter '" + request.filter() + "' is not one kumod accepts (" + error
                    + "): give comma-separated directives such as kumod=debug or a bare level such as info, with "
                    + "levels trace, debug, info, warn, error or off");
        });
        Duration revertAfter = parseRevertAfter(request.revertAfter());
        List<FleetNode> nodes = inventory.select(TargetRequest.toTarget(request.target()));
        guard.check("a log filter", false, nodes);
        Instant revertAt = revertAfter == null ? null : clock.instant().plus(revertAfter);
        var result = fanout.run(nodes, "set-log-filter",
                node -> node.client().setDiagnosticLogFilter(request.filter())).await().indefinitely();
        Map<String, FleetNode> byName = nodes.stream().collect(Collectors.toMap(FleetNode::name, n -> n));
        List<NodeResult> outcomes = result.outcomes().stream().map(outcome -> {
            if (outcome instanceof NodeOutcome.Succeeded) {
                remember(byName.get(outcome.node()), request.filter(), actor, revertAt);
            }
            return NodeResult.of(outcome, text -> new NodeResult(outcome.node(), "set", null, null,
                    text == null || text.isEmpty() ? null : text));
        }).toList();
        // the filter is in the request; a subject longer than its column would lose the whole entry
        audit.record(actor, "set-log-filter", null, request, outcomes);
        return new LogFilterResult(request.filter(), revertAt, outcomes);
    }

    /** What the gateway last set on every node (or each node's baseline when it set nothing). */
    public List<LogFilterView> current() {
        Map<String, LogFilterRecord> records = QuarkusTransaction.requiringNew().call(() ->
                LogFilterRecord.<LogFilterRecord>listAll().stream().collect(Collectors.toMap(r -> r.node, r -> r)));
        return inventory.all().stream().map(node -> {
            LogFilterRecord r = records.get(node.name());
            return r == null
                    ? new LogFilterView(node.name(), null, node.baselineLogFilter(), null, null, null, null, null)
                    : new LogFilterView(r.node, r.filter, r.baseline, r.setAt, r.setBy, r.revertAt, r.revertedAt,
                            r.lastError);
        }).toList();
    }

    @Scheduled(every = "${kumo.fleet.log-filter-revert-check}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRevert() {
        try {
            revertDue();
        } catch (RuntimeException e) {
            LOG.error("log filter revert failed; trying again next check", e);
        }
    }

    /** Puts every node whose revert time has come back to its baseline; returns how many succeeded. */
    public int revertDue() {
        List<LogFilterRecord> due = QuarkusTransaction.requiringNew().call(
                () -> LogFilterRecord.dueForRevert(clock.instant()));
        Set<String> dueNodes = due.stream().map(r -> r.node).collect(Collectors.toSet());
        List<FleetNode> nodes = inventory.all().stream().filter(n -> dueNodes.contains(n.name())).toList();
        if (nodes.isEmpty()) {
            return 0;
        }
        var result = fanout.runInBackground(nodes, "revert-log-filter",
                node -> node.client().setDiagnosticLogFilter(node.baselineLogFilter())).await().indefinitely();
        QuarkusTransaction.requiringNew().run(() -> result.outcomes().forEach(outcome -> {
            LogFilterRecord r = LogFilterRecord.findById(outcome.node());
            if (outcome instanceof NodeOutcome.Failed<String> failed) {
                r.lastError = failed.failure().message();
            } else {
                r.filter = r.baseline;
                r.revertedAt = clock.instant();
                r.lastError = null;
            }
        }));
        List<NodeResult> outcomes = result.outcomes().stream()
                .map(o -> NodeResult.of(o, text -> new NodeResult(o.node(), "reverted", null, null, null)))
                .toList();
        audit.record("system:log-filter-revert", "revert-log-filter", null, Map.of("nodes", dueNodes), outcomes);
        return result.successes().size();
    }

    private void remember(FleetNode node, String filter, String actor, Instant revertAt) {
        QuarkusTransaction.requiringNew().run(() -> {
            LogFilterRecord found = LogFilterRecord.findById(node.name());
            LogFilterRecord r = found != null ? found : new LogFilterRecord();
            r.node = node.name();
            r.filter = filter;
            r.baseline = node.baselineLogFilter();
            r.setAt = clock.instant();
            r.setBy = actor;
            r.revertAt = revertAt;
            r.revertedAt = null;
            r.lastError = null;
            if (found == null) {
                r.persist();
            }
        });
    }

    private static Duration parseRevertAfter(String value) {
        if (value == null) {
            return null;
        }
        try {
            Duration d = Humantime.parse(value);
            if (d.isZero()) {
                throw new InvalidRequestException("revert_after must be longer than 0s");
            }
            return d;
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("revert_after '" + value + "' is not a duration such as 30m or 2h: "
                    + e.getMessage());
        }
    }
}
