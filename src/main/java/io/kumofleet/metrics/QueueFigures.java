package io.kumofleet.metrics;

/**
 * One node's queue figures as kcli's queue-summary gathers them from {@code /metrics}: ready queues
 * from the {@code service} label of {@code total_messages_delivered}, {@code total_messages_transfail},
 * {@code connection_count} and {@code ready_count} (services without {@code :} are skipped), and
 * scheduled queues from {@code scheduled_count{queue}}. Repeated samples of a key are summed.
 *
 * <p>Feed it from one thread through a parser built with {@link #METRICS} (see {@link #parser()}).
 */
public final class QueueFigures implements SampleSink {

    /** The metrics this sink reads, in column order D, T, C, Q, then scheduled COUNT. */
    public static final MetricSelection METRICS = MetricSelection.of(
            "total_messages_delivered", "total_messages_transfail", "connection_count", "ready_count",
            "scheduled_count");

    static final int DELIVERED = 0;
    static final int TRANSFAIL = 1;
    static final int CONNECTIONS = 2;
    static final int READY = 3;
    private static final int SCHEDULED = 4;

    final KeyedCounters ready;
    final KeyedCounters scheduled;

    /** Empty figures. */
    public QueueFigures() {
        this(TableSize.SMALL, TableSize.SMALL, new SharedKeys());
    }

    /** Empty figures with room for these many ready and scheduled queues, their names kept in {@code keys}. */
    QueueFigures(TableSize readyQueues, TableSize scheduledQueues, SharedKeys keys) {
        ready = new KeyedCounters(4, keys.readyQueues, readyQueues);
        scheduled = new KeyedCounters(1, keys.scheduledQueues, scheduledQueues);
    }

    /** A parser that feeds this node's {@code /metrics} body into these figures. */
    public PrometheusTextParser parser() {
        return new PrometheusTextParser(METRICS, this);
    }

    /** Gives back the spare room of the growing tables once the node's payload is complete. */
    @Override
    public void finished() {
        ready.trim();
        scheduled.trim();
    }

    @Override
    public void accept(Sample sample) {
        int metric = sample.metric();
        byte[] buf = sample.buf;
        try {
            if (metric == SCHEDULED) {
                int label = sample.labelIndex("queue");
                if (label >= 0) {
                    scheduled.add(buf, sample.valueFrom(label), sample.valueTo(label), null, 0, 0, 0, sample.count());
                }
            } else if (metric >= 0 && metric < SCHEDULED) {
                int label = sample.labelIndex("service");
                if (label < 0) {
                    return;
                }
                int to = sample.valueTo(label);
                for (int p = sample.valueFrom(label); p < to; p++) {
                    if (buf[p] == ':') {
                        ready.add(buf, p + 1, to, null, 0, 0, metric, sample.count());
                        return;
                    }
                }
            }
        } catch (KeyDictionary.InvalidKey e) {
            throw sample.error(e.getMessage());
        }
    }

    /** How many distinct ready queues were seen. */
    public int readyQueueCount() {
        return ready.size();
    }

    /** How many distinct scheduled queues were seen. */
    public int scheduledQueueCount() {
        return scheduled.size();
    }

    /** This node's figures for a ready queue, or null if it did not report it. */
    public ReadyCounts ready(String name) {
        int row = ready.find(name, null);
        return row < 0 ? null : readyCounts(ready, row);
    }

    /** This node's count for a scheduled queue, or null if it did not report it. */
    public Long scheduled(String name) {
        int row = scheduled.find(name, null);
        return row < 0 ? null : scheduled.count(row, 0);
    }

    static ReadyCounts readyCounts(KeyedCounters table, int row) {
        return new ReadyCounts(table.count(row, DELIVERED), table.count(row, TRANSFAIL),
                table.count(row, CONNECTIONS), table.count(row, READY));
    }
}
