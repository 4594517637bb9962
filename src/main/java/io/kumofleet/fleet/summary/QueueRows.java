package io.kumofleet.fleet.summary;

import io.kumofleet.kumod.ScheduledQueueName;
import io.kumofleet.metrics.ReadyCounts;
import io.kumofleet.metrics.ReadyQueueRow;
import io.kumofleet.metrics.ReadyQueueTable;
import io.kumofleet.metrics.ScheduledQueueRow;
import io.kumofleet.metrics.ScheduledQueueTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the summary's tables into the API's rows, with their annotations. */
final class QueueRows {

    private QueueRows() {}

    static QueueSummaryReport.ReadyQueues ready(ReadyQueueTable table, Annotations annotations) {
        ReadyCounts t = table.total();
        List<QueueSummaryReport.ReadyQueue> rows = table.rows().stream().map(row -> ready(row, annotations)).toList();
        return new QueueSummaryReport.ReadyQueues(new QueueSummaryReport.ReadyTotal(table.queues(), t.delivered(),
                t.transfail(), t.connections(), t.ready()), rows);
    }

    static QueueSummaryReport.ScheduledQueues scheduled(ScheduledQueueTable table, Annotations annotations) {
        List<QueueSummaryReport.ScheduledQueue> rows = table.rows().stream()
                .map(row -> scheduled(row, annotations))
                .toList();
        return new QueueSummaryReport.ScheduledQueues(
                new QueueSummaryReport.ScheduledTotal(table.queues(), table.total()), rows);
    }

    private static QueueSummaryReport.ReadyQueue ready(ReadyQueueRow row, Annotations annotations) {
        Map<String, QueueSummaryReport.ReadyFigures> byNode = new LinkedHashMap<>();
        row.byNode().forEach((node, counts) -> byNode.put(node, figures(counts)));
        ReadyCounts t = row.total();
        return new QueueSummaryReport.ReadyQueue(row.name(), row.columns().site(), row.columns().source(),
                row.columns().protocol(), t.delivered(), t.transfail(), t.connections(), t.ready(), byNode,
                annotations.ready(row.name()));
    }

    private static QueueSummaryReport.ScheduledQueue scheduled(ScheduledQueueRow row, Annotations annotations) {
        ScheduledQueueName name = row.components();
        return new QueueSummaryReport.ScheduledQueue(row.name(), name.campaign(), name.tenant(), name.domain(),
                name.routingDomain(), row.count(), row.byNode(), annotations.scheduled(name));
    }

    private static QueueSummaryReport.ReadyFigures figures(ReadyCounts counts) {
        return new QueueSummaryReport.ReadyFigures(counts.delivered(), counts.transfail(), counts.connections(),
                counts.ready());
    }
}
