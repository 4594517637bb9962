package io.kumofleet.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * The per-provider metrics kcli provider-summary reads: totals by provider, by provider and pool,
 * and delivery counters by provider, source and pool. The provider of a ready queue is its site's
 * provider name (or the site name when none is configured, as kumod does).
 */
final class ProviderTotals {

    private static final int DELIVERED = 0;
    private static final int TRANSFAILED = 1;
    private static final int FAILED = 2;
    private static final int CONNECTIONS = 3;
    private static final int QUEUED = 4;

    private final QueueModel model;
    private long[][] byProvider = new long[5][0];
    private long[][] byPool = new long[5][0];
    private long[][] bySource = new long[5][0];
    private boolean[] poolSeen = new boolean[0];
    private boolean[] sourceSeen = new boolean[0];

    ProviderTotals(QueueModel model) {
        this.model = model;
    }

    List<MetricFamily> families() {
        List<MetricFamily> out = new ArrayList<>();
        String delivered = "total number of messages ever delivered";
        String transfailed = "total number of message delivery attempts that transiently failed";
        String failed = "total number of message delivery attempts that permanently failed";
        String connections = "number of active connections";
        String queued = "number of messages in the scheduled and ready queue";
        out.add(byProvider("total_messages_delivered_by_provider", delivered, "counter", DELIVERED, this::sum));
        out.add(byProvider("total_messages_transfail_by_provider", transfailed, "counter", TRANSFAILED, MetricFamily.NOTHING));
        out.add(byProvider("total_messages_fail_by_provider", failed, "counter", FAILED, MetricFamily.NOTHING));
        out.add(byProvider("connection_count_by_provider", connections, "gauge", CONNECTIONS, MetricFamily.NOTHING));
        out.add(byProvider("queued_count_by_provider", queued, "gauge", QUEUED, MetricFamily.NOTHING));
        out.add(byPool("connection_count_by_provider_and_pool", connections, CONNECTIONS));
        out.add(byPool("queued_count_by_provider_and_pool", queued, QUEUED));
        out.add(bySource("total_messages_delivered_by_provider_and_source", delivered, DELIVERED));
        out.add(bySource("total_messages_transfail_by_provider_and_source", transfailed, TRANSFAILED));
        out.add(bySource("total_messages_fail_by_provider_and_source", failed, FAILED));
        return out;
    }

    private MetricFamily byProvider(String name, String help, String type, int column, Runnable begin) {
        return new MetricFamily(name, help, type, new String[] {"provider"}, false, begin,
                () -> byProvider[column].length, (i, l, v) -> {
                    l[0] = model.providers.get(i);
                    v[0] = byProvider[column][i];
                    return true;
                });
    }

    private MetricFamily byPool(String name, String help, int column) {
        return new MetricFamily(name, help, "gauge", new String[] {"provider", "pool"}, false, MetricFamily.NOTHING,
                () -> byPool[column].length, (i, l, v) -> {
                    int pools = model.pools.size();
                    l[0] = model.providers.get(i / pools);
                    l[1] = model.pools.get(i % pools);
                    v[0] = byPool[column][i];
                    return poolSeen[i];
                });
    }

    private MetricFamily bySource(String name, String help, int column) {
        return new MetricFamily(name, help, "counter", new String[] {"provider", "source", "pool"}, false,
                MetricFamily.NOTHING, () -> bySource[column].length, (i, l, v) -> {
                    int sources = model.sources.size();
                    l[0] = model.providers.get(i / sources);
                    l[1] = model.sources.get(i % sources);
                    l[2] = model.pools.get(model.poolIndexOfSource(i % sources));
                    v[0] = bySource[column][i];
                    return sourceSeen[i];
                });
    }

    /** One pass over ready and scheduled queues fills every table. */
    private void sum() {
        int providers = model.providers.size();
        int pools = model.pools.size();
        int sources = model.sources.size();
        byProvider = new long[5][providers];
        byPool = new long[5][providers * pools];
        bySource = new long[5][providers * sources];
        poolSeen = new boolean[providers * pools];
        sourceSeen = new boolean[providers * sources];
        for (int r = 0; r < model.readyQueues(); r++) {
            int provider = model.providerIndexOf(r);
            int pool = provider * pools + model.poolIndexOf(r);
            int source = provider * sources + model.sourceIndexOf(r);
            poolSeen[pool] = true;
            sourceSeen[source] = true;
            long[] values = {model.delivered(r), model.transfailed(r), model.failed(r), model.connections(r),
                model.readyCount(r)};
            for (int c = 0; c < values.length; c++) {
                byProvider[c][provider] += values[c];
                byPool[c][pool] += values[c];
                bySource[c][source] += values[c];
            }
        }
        for (int s = 0; s < model.scheduledQueues(); s++) {
            int r = model.readyOf(s);
            int provider = model.providerIndexOf(r);
            byProvider[QUEUED][provider] += model.scheduled(s);
            byPool[QUEUED][provider * pools + model.poolIndexOf(r)] += model.scheduled(s);
        }
    }
}
