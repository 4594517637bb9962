package io.kumofleet.sim;

import io.kumofleet.kumo.wire.BounceV1ListEntry;
import io.kumofleet.kumo.wire.SuspendReadyQueueV1ListEntry;
import io.kumofleet.kumo.wire.SuspendV1ListEntry;
import io.kumofleet.kumod.Humantime;
import io.kumofleet.kumod.LogFilterSyntax;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;

/**
 * Everything one simulated kumod process holds in memory: its queues, admin rules, log filter and
 * config epoch, with kumod's semantics. Every method is synchronized on this object, which the
 * HTTP handlers, the tick timer and test threads share; none of them does I/O under the lock.
 */
final class SimNodeState {

    static final String DEFAULT_LOG_FILTER = "kumod=info";

    private final Clock clock;
    private final Random random;
    private final QueueModel model;
    private final LatencyHistogram latency = new LatencyHistogram();
    private final Map<String, LatencyHistogram> luaEvents = new LinkedHashMap<>();
    private final CriteriaTable<BounceRule> bounces = new CriteriaTable<>();
    private final CriteriaTable<SuspendRule> suspensions = new CriteriaTable<>();
    private final ReadyQueueSuspensionTable readySuspensions = new ReadyQueueSuspensionTable();
    private String logFilter = DEFAULT_LOG_FILTER;
    private long configEpoch;
    private Instant onlineSince;

    SimNodeState(SimNodeOptions options) {
        this.clock = options.clock();
        this.random = new Random(options.seed());
        this.model = QueueLayout.generate(options.scheduledQueues(), options.readyQueues(), random);
        this.onlineSince = clock.instant();
        startLua();
    }

    /** The policy's first Lua events, as a freshly started kumod has run them. */
    private void startLua() {
        luaEvents.clear();
        LatencyHistogram creation = new LatencyHistogram();
        for (int i = 0; i < 3; i++) {
            creation.observe(0.004 + 0.001 * i);
        }
        LatencyHistogram init = new LatencyHistogram();
        init.observe(0.44);
        luaEvents.put("context-creation", creation);
        luaEvents.put("get_queue_config", new LatencyHistogram());
        luaEvents.put("init", init);
    }

    Instant now() {
        return clock.instant();
    }

    /** Runs {@code reader} on the queue model under the node's lock. */
    synchronized <T> T read(Function<QueueModel, T> reader) {
        return reader.apply(model);
    }

    // ---- bounces ----------------------------------------------------------------------------

    /** Registers a bounce and sweeps the currently matching queues, even when it is already expired. */
    synchronized UUID bounce(QueueCriteria criteria, String reason, boolean suppressLogging, Duration duration) {
        Instant now = now();
        BounceRule rule = new BounceRule(UUID.randomUUID(), criteria, reason, suppressLogging, now.plus(duration));
        bounces.insert(rule, now);
        for (int s = 0; s < model.scheduledQueues(); s++) {
            if (criteria.matches(model, s)) {
                rule.count(model.scheduledName(s), model.removeAll(s));
            }
        }
        for (String xfer : List.copyOf(model.xferQueues.all().keySet())) {
            if (criteria.matches(xfer)) {
                Map<Integer, Long> origins = model.xferQueues.cancel(xfer);
                rule.count(xfer, origins.values().stream().mapToLong(Long::longValue).sum());
            }
        }
        if (!rule.activeAt(now)) {
            bounces.prune(now);
        }
        return rule.id();
    }

    synchronized List<BounceV1ListEntry> bounceList() {
        Instant now = now();
        List<BounceV1ListEntry> out = new ArrayList<>();
        for (BounceRule rule : bounces.active(now)) {
            QueueCriteria c = rule.criteria();
            out.add(new BounceV1ListEntry(rule.id(), c.campaign(), c.tenant(), c.domain(), c.routingDomain(),
                    rule.reason(), remaining(rule.expires(), now), rule.bounced(), rule.totalBounced()));
        }
        return out;
    }

    synchronized boolean cancelBounce(UUID id) {
        return bounces.remove(id, now());
    }

    // ---- scheduled-queue suspensions --------------------------------------------------------

    synchronized UUID suspend(QueueCriteria criteria, String reason, Duration duration) {
        Instant now = now();
        SuspendRule rule = new SuspendRule(UUID.randomUUID(), criteria, reason, now.plus(duration));
        suspensions.insert(rule, now);
        suspensions.prune(now);
        return rule.id();
    }

    synchronized List<SuspendV1ListEntry> suspendList() {
        Instant now = now();
        List<SuspendV1ListEntry> out = new ArrayList<>();
        for (SuspendRule rule : suspensions.active(now)) {
            QueueCriteria c = rule.criteria();
            out.add(new SuspendV1ListEntry(rule.id(), c.campaign(), c.tenant(), c.domain(), rule.reason(),
                    remaining(rule.expires(), now)));
        }
        return out;
    }

    synchronized boolean cancelSuspension(UUID id) {
        return suspensions.remove(id, now());
    }

    // ---- ready-queue suspensions ------------------------------------------------------------

    synchronized UUID suspendReadyQueue(String name, String reason, Duration duration) {
        Instant now = now();
        ReadyQueueSuspension suspension = new ReadyQueueSuspension(UUID.randomUUID(), name, reason, now.plus(duration));
        readySuspensions.insert(suspension, now);
        readySuspensions.prune(now);
        traffic(now).holdSuspendedReadyQueues();
        return suspension.id();
    }

    synchronized List<SuspendReadyQueueV1ListEntry> readySuspendList() {
        Instant now = now();
        List<SuspendReadyQueueV1ListEntry> out = new ArrayList<>();
        for (ReadyQueueSuspension s : readySuspensions.active(now)) {
            out.add(entry(s, now));
        }
        return out;
    }

    synchronized Optional<SuspendReadyQueueV1ListEntry> readySuspension(String name) {
        Instant now = now();
        return Optional.ofNullable(readySuspensions.get(name, now)).map(s -> entry(s, now));
    }

    private static SuspendReadyQueueV1ListEntry entry(ReadyQueueSuspension s, Instant now) {
        Duration left = Duration.between(now, s.expires());
        // kumod recomputes expires at list time as now + remaining
        return new SuspendReadyQueueV1ListEntry(s.id(), s.name(), s.reason(), Humantime.format(left), now.plus(left));
    }

    synchronized boolean cancelReadySuspension(UUID id) {
        return readySuspensions.remove(id, now());
    }

    // ---- other admin operations -------------------------------------------------------------

    /** Applies a diagnostic log filter; returns EnvFilter's complaint instead when it is invalid. */
    synchronized Optional<String> setLogFilter(String filter) {
        Optional<String> error = LogFilterSyntax.error(filter);
        if (error.isEmpty()) {
            logFilter = filter;
        }
        return error;
    }

    synchronized String logFilter() {
        return logFilter;
    }

    synchronized long bumpConfigEpoch() {
        return ++configEpoch;
    }

    synchronized long configEpoch() {
        return configEpoch;
    }

    synchronized Instant onlineSince() {
        return onlineSince;
    }

    /** Moves matching messages into {@code <target>.xfer.kumomta.internal}, from where ticks ship them. */
    synchronized void xfer(QueueCriteria criteria, String xferQueue) {
        for (int s = 0; s < model.scheduledQueues(); s++) {
            if (criteria.matches(model, s)) {
                model.xferQueues.add(xferQueue, s, model.removeAll(s));
            }
        }
    }

    /** Puts an xfer queue's messages back where they came from; false when no such xfer queue exists. */
    synchronized boolean cancelXfer(String xferQueue) {
        if (model.xferQueues.get(xferQueue) == null) {
            return false;
        }
        model.xferQueues.cancel(xferQueue).forEach(model::restore);
        return true;
    }

    /** Drops one connection of a ready queue if {@code sessionId} is one of its current dispatchers. */
    synchronized boolean abortDispatcher(String readyQueue, UUID sessionId, Function<Integer, List<UUID>> sessions) {
        int r = model.findReady(readyQueue);
        if (r < 0 || !sessions.apply(r).contains(sessionId)) {
            return false;
        }
        model.setConnections(r, model.connections(r) - 1);
        return true;
    }

    // ---- time passing and restarts ----------------------------------------------------------

    /** One step of traffic: arrivals, promotion and deliveries under the active rules. */
    synchronized void tick() {
        traffic(now()).step();
        luaEvents.get("get_queue_config").observe(0.0004 + random.nextDouble() * 0.003);
    }

    private QueueTraffic traffic(Instant now) {
        BitSet suspendedReady = new BitSet();
        for (ReadyQueueSuspension s : readySuspensions.active(now)) {
            int r = model.findReady(s.name());
            if (r >= 0) {
                suspendedReady.set(r);
            }
        }
        return new QueueTraffic(model, bounces.active(now), suspensions.active(now), suspendedReady, random, latency);
    }

    /** What a kumod restart keeps: spooled messages. Rules, the log filter and counters are gone. */
    synchronized void restart() {
        bounces.clear();
        suspensions.clear();
        readySuspensions.clear();
        logFilter = DEFAULT_LOG_FILTER;
        configEpoch = 0;
        model.restart();
        latency.reset();
        startLua();
        onlineSince = now();
    }

    /** The node's metrics, to be written only through {@link #fill}. */
    synchronized MetricFamilies metricFamilies() {
        return new MetricFamilies(model, latency, luaEvents);
    }

    /** Lets a streamed body read the model under the lock, one chunk at a time. */
    synchronized boolean fill(ChunkProducer producer, StringBuilder out, int target) {
        return producer.fill(out, target);
    }

    private static String remaining(Instant expires, Instant now) {
        return Humantime.format(Duration.between(now, expires));
    }

    /** New mail for a scheduled queue (created if needed), bounced at once when an active bounce matches. */
    synchronized void arrive(String queueName, long messages) {
        int s = model.ensureScheduled(queueName);
        BounceRule bounce = traffic(now()).bounceFor(s);
        if (bounce != null) {
            model.arriveBounced(messages);
            bounce.count(queueName, messages);
        } else {
            model.arrive(s, messages);
        }
    }
}
