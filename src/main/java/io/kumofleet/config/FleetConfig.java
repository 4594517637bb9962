package io.kumofleet.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The gateway's configuration: the nodes it fronts and how it talks to them. */
@ConfigMapping(prefix = "kumo.fleet")
public interface FleetConfig {

    /** The KumoMTA nodes, by name ({@code kumo.fleet.nodes.<name>.url} and so on). */
    Map<String, NodeConfig> nodes();

    /** How long one call to one node may take before that node counts as failed. */
    @WithDefault("5s")
    Duration nodeTimeout();

    /** How many node calls one fan-out runs at once (calls are non-blocking, so this can be high). */
    @WithDefault("256")
    int maxConcurrency();

    /** How many callers' fan-outs may run at once; one more is answered 429 instead of queuing. */
    @WithDefault("32")
    int maxConcurrentFanouts();

    /** Simulated nodes the gateway starts in-process; unset means 3 when no node is configured, else none. */
    Optional<Integer> simulatedNodes();

    /** How often the reconciler compares directives with what nodes hold. */
    @WithDefault("15s")
    Duration reconcileInterval();

    /** How often due log-filter reverts are looked for. */
    Duration logFilterRevertCheck();

    /** How often due schedule windows are looked for. */
    Duration schedulePoll();

    /** How long a replica holds a due schedule while firing it, before another may take over. */
    @WithDefault("60s")
    Duration scheduleLease();

    /** How many due schedules one poll claims at a time. */
    @WithDefault("200")
    int scheduleBatch();

    /** How many schedule firings write to the database at once (store the directive, record the outcomes). */
    @WithDefault("8")
    int scheduleConcurrency();

    /**
     * How many schedule firings may be under way at once, from their claim until every target node
     * answered; due windows beyond it stay in the database for the next poll, nothing queues in memory.
     */
    @WithDefault("32")
    int scheduleInFlight();

    /** This gateway replica's name in schedule leases and run history; a random one when unset. */
    Optional<String> instanceId();

    /** First wait before background work calls a node that just failed again. */
    @WithDefault("5s")
    Duration backoffBase();

    /** Longest wait between background calls to a failing node (keep it under two reconcile intervals). */
    @WithDefault("25s")
    Duration backoffMax();

    /**
     * How long a node's {@code /metrics} reading serves further queue and provider summaries after it
     * ended; requests arriving while a reading is under way always share it. Zero only shares.
     */
    @WithDefault("2s")
    Duration summaryCache();

    /** DNS for the queue summary's {@code domain} filter. */
    Dns dns();

    /** Where and how the gateway looks up MX records. */
    interface Dns {

        /** The DNS server to ask, {@code host} or {@code host:port}; the system's resolvers when unset. */
        Optional<String> server();

        /** How long one MX lookup may take (kumod's default MX timeout). */
        @WithDefault("5s")
        Duration timeout();

        /** How many MX lookups one summary runs at once (kumod's default MX concurrency). */
        @WithDefault("128")
        int concurrency();
    }

    /** One KumoMTA node as the gateway knows it. */
    interface NodeConfig {

        /** The node's HTTP listener, e.g. {@code http://10.0.0.5:8000}. */
        String url();

        /** Free-form labels used to select nodes ({@code ?tag=eu}). */
        Optional<List<String>> tags();

        /** User name for preemptive HTTP Basic authentication. */
        Optional<String> username();

        /** Password for HTTP Basic authentication; never logged or returned. */
        Optional<String> password();

        /** A file holding the password (e.g. a mounted secret), instead of {@code password}. */
        Optional<Path> passwordFile();

        /** Bearer token; never logged or returned. */
        Optional<String> token();

        /** A file holding the Bearer token (e.g. a mounted secret), instead of {@code token}. */
        Optional<Path> tokenFile();

        /** Accept any TLS certificate from this node (self-signed listeners); off by default. */
        @WithDefault("false")
        boolean trustAll();

        /** PEM file with the CA certificate(s) that sign this node's TLS certificate. */
        Optional<Path> caCert();

        /** The diagnostic log filter the node runs with when nobody changed it. */
        @WithDefault("kumod=info")
        String logFilter();

        /** Overrides {@code kumo.fleet.node-timeout} for this node. */
        Optional<Duration> timeout();
    }
}
