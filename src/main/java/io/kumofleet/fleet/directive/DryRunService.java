package io.kumofleet.fleet.directive;

import io.kumofleet.fanout.FanoutExecutor;
import io.kumofleet.fanout.FanoutResult;
import io.kumofleet.fanout.FleetNode;
import io.kumofleet.fanout.NodeOutcome;
import io.kumofleet.fleet.InvalidRequestException;
import io.kumofleet.fleet.NodeMetricsReader;
import io.kumofleet.metrics.MetricSelection;
import io.kumofleet.metrics.Sample;
import io.kumofleet.metrics.SampleSink;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Answers what a bounce or suspension would match on each node now, from the nodes' {@code /metrics}. */
@ApplicationScoped
public class DryRunService {

    private static final MetricSelection SCHEDULED_COUNT = MetricSelection.of("scheduled_count");

    private final FanoutExecutor fanout;
    private final DirectiveStore store;

    public DryRunService(FanoutExecutor fanout, DirectiveStore store) {
        this.fanout = fanout;
        this.store = store;
    }

    public DryRunReport report(TargetedDirective directive) {
        DirectiveSpec spec = directive.spec();
        if (spec.kind() == DirectiveKind.READY_QUEUE_SUSPENSION) {
            throw new InvalidRequestException("dry_run applies to bounces and suspensions");
        }
        FanoutResult<List<DryRunReport.QueueMessages>> result = fanout.run(directive.nodes(), "dry-run", node -> {
            Matches matches = new Matches(spec);
            return NodeMetricsReader.read(node, SCHEDULED_COUNT, matches).map(v -> matches.sorted());
        }).await().indefinitely();
        List<DryRunReport.NodeMatches> perNode = new ArrayList<>();
        long total = 0;
        int queues = 0;
        for (NodeOutcome<List<DryRunReport.QueueMessages>> outcome : result.outcomes()) {
            if (outcome instanceof NodeOutcome.Succeeded<List<DryRunReport.QueueMessages>> ok) {
                long messages = ok.value().stream().mapToLong(DryRunReport.QueueMessages::messages).sum();
                total += messages;
                queues += ok.value().size();
                perNode.add(new DryRunReport.NodeMatches(ok.node(), messages, ok.value(), null));
            } else {
                var failure = ((NodeOutcome.Failed<List<DryRunReport.QueueMessages>>) outcome).failure();
                perNode.add(new DryRunReport.NodeMatches(outcome.node(), null, null, failure.message()));
            }
        }
        Set<String> nodes = directive.nodes().stream().map(FleetNode::name).collect(Collectors.toSet());
        List<Overlap> overlaps = Overlap.among(store.active(spec.kind(), spec.criteria()), null, nodes);
        return new DryRunReport(true, spec.kind().label(), total, queues, perNode, overlaps);
    }

    /** Collects the scheduled queues a spec matches, with their message counts. */
    private static final class Matches implements SampleSink {
        private final DirectiveSpec spec;
        private final List<DryRunReport.QueueMessages> queues = new ArrayList<>();

        Matches(DirectiveSpec spec) {
            this.spec = spec;
        }

        @Override
        public void accept(Sample sample) {
            String queue = sample.label("queue");
            if (queue != null && (spec.everything() || spec.criteria().matches(queue))) {
                queues.add(new DryRunReport.QueueMessages(queue, sample.count()));
            }
        }

        List<DryRunReport.QueueMessages> sorted() {
            queues.sort(Comparator.comparing(DryRunReport.QueueMessages::queue));
            return queues;
        }
    }
}
