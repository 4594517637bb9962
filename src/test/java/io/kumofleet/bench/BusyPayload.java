package io.kumofleet.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A generated {@code /metrics} payload shaped like a busy kumod's: per-ready-queue delivery metrics,
 * per-scheduled-queue counts and delays, per-domain and per-provider aggregates, histograms, and
 * HELP/TYPE lines, in kumod's streaming format (", " separators, unescaped labels, integers).
 */
final class BusyPayload {

    static final int READY_QUEUES = 25_000;
    static final int SCHEDULED_QUEUES = 50_000;
    static final int DOMAINS = 10_000;
    static final int PROVIDERS = 1_000;
    static final int LUA_EVENTS = 20;
    static final int BUCKETS = 12;
    static final String[] READY_METRICS = {"connection_count", "total_connection_count", "ready_count", "ready_full",
        "total_messages_delivered", "total_messages_transfail", "total_messages_fail",
        "dispatcher_watchdog_aborted_total"};
    static final String[] SCHEDULED_METRICS = {"scheduled_count", "delayed_due_to_message_rate_throttle",
        "delayed_due_to_ready_queue_full", "delayed_due_to_throttle_insert_ready"};
    static final String[] PROVIDER_METRICS = {"total_messages_delivered_by_provider",
        "total_messages_transfail_by_provider", "total_messages_fail_by_provider", "connection_count_by_provider",
        "queued_count_by_provider"};
    static final String[] SOURCE_METRICS = {"total_messages_delivered_by_provider_and_source",
        "total_messages_transfail_by_provider_and_source", "total_messages_fail_by_provider_and_source"};
    static final String[] POOL_METRICS = {"connection_count_by_provider_and_pool", "queued_count_by_provider_and_pool"};
    static final String[] PLAIN_METRICS = {"memory_usage", "memory_limit", "lua_count", "scheduled_count_total",
        "scheduled_queue_count", "message_count", "total_qmaint_runs", "total_readyq_runs"};

    /** Sample lines in the payload (a compile-time constant, for JMH's operations per invocation). */
    static final int SAMPLES = 8 * READY_QUEUES + 4 * SCHEDULED_QUEUES + DOMAINS
            + PROVIDERS * (5 + 3 * 2 + 2) + LUA_EVENTS * (BUCKETS + 2) + 8;

    private BusyPayload() {}

    static byte[] generate() {
        Out out = new Out();
        for (String metric : READY_METRICS) {
            out.header(metric, metric.startsWith("total") || metric.endsWith("total") ? "counter" : "gauge");
            for (int i = 0; i < READY_QUEUES; i++) {
                out.line(metric, "service", "smtp_client:" + readyQueue(i), (i * 31L + metric.length()) % 5000);
            }
        }
        for (String metric : SCHEDULED_METRICS) {
            out.header(metric, metric.equals("scheduled_count") ? "gauge" : "counter");
            for (int i = 0; i < SCHEDULED_QUEUES; i++) {
                out.line(metric, "queue", scheduledQueue(i), (i * 17L) % 12_000);
            }
        }
        out.header("scheduled_by_domain", "gauge");
        for (int i = 0; i < DOMAINS; i++) {
            out.line("scheduled_by_domain", "domain", "domain" + i + ".example.com", i % 300);
        }
        for (String metric : PROVIDER_METRICS) {
            out.header(metric, metric.startsWith("total") ? "counter" : "gauge");
            for (int p = 0; p < PROVIDERS; p++) {
                out.line(metric, "provider", provider(p), p * 7L);
            }
        }
        for (String metric : SOURCE_METRICS) {
            out.header(metric, "counter");
            for (int p = 0; p < PROVIDERS; p++) {
                for (int s = 0; s < 2; s++) {
                    out.text(metric + "{provider=\"" + provider(p) + "\", source=\"src-" + s + "\", pool=\"pool-"
                            + (p % 4) + "\"} " + (p + s) + "\n");
                }
            }
        }
        for (String metric : POOL_METRICS) {
            out.header(metric, "gauge");
            for (int p = 0; p < PROVIDERS; p++) {
                out.text(metric + "{provider=\"" + provider(p) + "\", pool=\"pool-" + (p % 4) + "\"} " + p + "\n");
            }
        }
        out.header("lua_event_latency", "histogram");
        String[] bounds = {"0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "10", "+Inf"};
        for (int e = 0; e < LUA_EVENTS; e++) {
            for (String le : bounds) {
                out.text("lua_event_latency_bucket{event=\"event-" + e + "\",le=\"" + le + "\"} " + e * 3 + "\n");
            }
            out.text("lua_event_latency_sum{event=\"event-" + e + "\"} 0.017253747\n");
            out.text("lua_event_latency_count{event=\"event-" + e + "\"} " + e * 3 + "\n");
        }
        for (String metric : PLAIN_METRICS) {
            out.header(metric, "gauge");
            out.text(metric + " 320516096\n");
        }
        if (out.samples != SAMPLES) {
            throw new IllegalStateException("generated " + out.samples + " samples, expected " + SAMPLES);
        }
        return out.bytes.toByteArray();
    }

    static String readyQueue(int i) {
        return "src-" + (i % 16) + "->(alt1|alt2|alt3|alt4)?.mx" + i + ".example" + (i % 97) + ".com@smtp_client";
    }

    static String scheduledQueue(int i) {
        return "campaign" + (i % 50) + ":tenant" + (i % 20) + "@mail" + i + ".domain" + (i % DOMAINS) + ".example.com";
    }

    private static String provider(int p) {
        return p % 3 == 0 ? "provider-" + p : "(alt1|alt2)?.mx.provider" + p + ".net";
    }

    private static final class Out {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 << 20);
        int samples;

        void header(String metric, String type) {
            write("# HELP " + metric + " generated for the benchmark\n# TYPE " + metric + " " + type + "\n");
        }

        void line(String metric, String label, String value, long count) {
            text(metric + "{" + label + "=\"" + value + "\"} " + count + "\n");
        }

        void text(String line) {
            samples++;
            write(line);
        }

        private void write(String s) {
            bytes.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }
}
