package io.kumofleet.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The metrics a simulated node exports, in kumod's order and with kumod's names, help texts and
 * label layouts (CONTRACT.md 5.3): first the prometheus-crate registry (sorted by name), then the
 * streaming collectors per ready queue, per scheduled queue and per provider. Aggregates are
 * computed when a writer reaches them, under the node's lock.
 */
final class MetricFamilies {

    static final String HISTOGRAM_NAME = "deliver_message_latency_rollup";
    private static final String[] SERVICE = {"service"};
    private static final String[] NONE = {};

    private final QueueModel model;
    private final ProviderTotals providers;
    private final LatencyHistogram latency;
    private final Map<String, LatencyHistogram> luaEvents;
    private final long[] totals = new long[2];

    MetricFamilies(QueueModel model, LatencyHistogram latency, Map<String, LatencyHistogram> luaEvents) {
        this.model = model;
        this.latency = latency;
        this.luaEvents = luaEvents;
        this.providers = new ProviderTotals(model);
    }

    List<MetricFamily> all() {
        List<MetricFamily> out = new ArrayList<>();
        out.add(new MetricFamily(HISTOGRAM_NAME, "how many seconds a deliver_message call takes for a given protocol",
                "histogram", SERVICE, true, MetricFamily.NOTHING, () -> 1, (i, l, v) -> {
                    l[0] = QueueModel.PROTOCOL;
                    return true;
                }, i -> latency));
        out.add(single("lua_count", "the number of lua contexts currently alive", "gauge", () -> 1));
        List<String> events = new ArrayList<>(luaEvents.keySet());
        out.add(new MetricFamily("lua_event_latency", "how long a given lua event callback took", "histogram",
                new String[] {"event"}, true, MetricFamily.NOTHING, events::size, (i, l, v) -> {
                    l[0] = events.get(i);
                    return true;
                }, i -> luaEvents.get(events.get(i))));
        out.add(single("memory_limit", "soft memory limit measured in bytes", "gauge", () -> 17_179_869_184L));
        out.add(single("memory_usage", "number of bytes of used memory (Resident Set Size)", "gauge",
                () -> 268_435_456L + 2_048L * (model.scheduledQueues() + model.readyQueues())));
        out.add(new MetricFamily("message_count", "Total number of Message objects.", "gauge", NONE, true,
                this::sumQueued, () -> 1, (i, l, v) -> {
                    v[0] = totals[0] + totals[1];
                    return true;
                }));
        out.add(new MetricFamily("scheduled_count_total", "total number of messages across all scheduled queues.",
                "gauge", NONE, true, this::sumQueued, () -> 1, (i, l, v) -> {
                    v[0] = totals[0];
                    return true;
                }));
        out.add(single("scheduled_queue_count", "how many scheduled queues are tracked by the QueueManager", "gauge",
                () -> model.scheduledQueues() + model.xferQueues.all().size()));
        out.add(new MetricFamily("total_messages_received", "total number of messages ever received", "counter",
                SERVICE, true, MetricFamily.NOTHING, () -> 1, (i, l, v) -> {
                    l[0] = "esmtp_listener";
                    v[0] = model.received();
                    return true;
                }));

        out.add(perReadyQueue("connection_count",
                "The number of active outgoing connections in the system,  keyed by the service name.", "gauge",
                ReadyValue.CONNECTIONS, true));
        out.add(perReadyQueue("ready_count", "number of messages in the ready queue", "gauge", ReadyValue.READY, false));
        out.add(perReadyQueue("total_connection_count", "total number of active connections ever made", "counter",
                ReadyValue.CONNECTIONS_EVER, false));
        out.add(perReadyQueue("total_messages_delivered", "total number of messages ever delivered", "counter",
                ReadyValue.DELIVERED, false));
        out.add(perReadyQueue("total_messages_transfail",
                "total number of message delivery attempts that transiently failed", "counter",
                ReadyValue.TRANSFAILED, false));
        out.add(perReadyQueue("total_messages_fail",
                "total number of message delivery attempts that permanently failed", "counter",
                ReadyValue.FAILED, false));
        out.add(new MetricFamily("ready_full", "number of times a message could not fit in the ready queue.",
                "counter", SERVICE, false, MetricFamily.NOTHING, () -> 0, (i, l, v) -> false));

        out.add(scheduledCount());
        out.addAll(new ScheduledAggregates(model).families());
        out.addAll(providers.families());
        return out;
    }

    private MetricFamily single(String name, String help, String type, java.util.function.LongSupplier value) {
        return new MetricFamily(name, help, type, NONE, true, MetricFamily.NOTHING, () -> 1, (i, l, v) -> {
            v[0] = value.getAsLong();
            return true;
        });
    }

    private void sumQueued() {
        long scheduled = 0;
        long ready = 0;
        for (int s = 0; s < model.scheduledQueues(); s++) {
            scheduled += model.scheduled(s);
            ready += model.inReady(s);
        }
        for (XferQueues.XferQueue xfer : model.xferQueues.all().values()) {
            scheduled += xfer.count();
        }
        totals[0] = scheduled;
        totals[1] = ready;
    }

    private enum ReadyValue { CONNECTIONS, READY, CONNECTIONS_EVER, DELIVERED, TRANSFAILED, FAILED }

    private long value(ReadyValue which, int r) {
        switch (which) {
            case CONNECTIONS: return model.connections(r);
            case READY: return model.readyCount(r);
            case CONNECTIONS_EVER: return model.connectionsEver(r);
            case DELIVERED: return model.delivered(r);
            case TRANSFAILED: return model.transfailed(r);
            case FAILED: return model.failed(r);
            default: throw new AssertionError(which);
        }
    }

    /**
     * Rows: the listener (connection_count only), the per-protocol aggregate
     * {@code service="smtp_client"}, then one {@code service="smtp_client:<ready queue>"} per queue.
     */
    private MetricFamily perReadyQueue(String name, String help, String type, ReadyValue which, boolean listener) {
        int fixed = listener ? 2 : 1;
        long[] aggregate = new long[1];
        Runnable begin = () -> {
            long sum = 0;
            for (int r = 0; r < model.readyQueues(); r++) {
                sum += value(which, r);
            }
            aggregate[0] = sum;
        };
        return new MetricFamily(name, help, type, SERVICE, false, begin, () -> fixed + model.readyQueues(),
                (i, l, v) -> {
                    if (listener && i == 0) {
                        l[0] = "esmtp_listener";
                        v[0] = 0;
                    } else if (i == fixed - 1) {
                        l[0] = QueueModel.PROTOCOL;
                        v[0] = aggregate[0];
                    } else {
                        int r = i - fixed;
                        l[0] = QueueModel.PROTOCOL + ":" + model.readyName(r);
                        v[0] = value(which, r);
                    }
                    return true;
                });
    }

    private MetricFamily scheduledCount() {
        List<String> xferNames = new ArrayList<>();
        return new MetricFamily("scheduled_count", "number of messages in the scheduled queue.", "gauge",
                new String[] {"queue"}, false, () -> xferNames.addAll(model.xferQueues.all().keySet()),
                () -> model.scheduledQueues() + xferNames.size(), (i, l, v) -> {
                    if (i < model.scheduledQueues()) {
                        l[0] = model.scheduledName(i);
                        v[0] = model.scheduled(i);
                        return true;
                    }
                    XferQueues.XferQueue xfer = model.xferQueues.get(xferNames.get(i - model.scheduledQueues()));
                    if (xfer == null) {
                        return false;
                    }
                    l[0] = xferNames.get(i - model.scheduledQueues());
                    v[0] = xfer.count();
                    return true;
                });
    }
}
