package io.kumofleet.support;

/**
 * kumod-like answers for the tests that use {@link FakeKumod} (shapes from CONTRACT.md and kumod's API
 * document; the inspect and resolve answers are the data of kcli's own snapshots).
 */
public final class KumodSamples {

    public static final String JSON = "application/json";
    public static final String TEXT = "text/plain; charset=utf-8";

    public static final String RULE_ID = "552016f1-08e7-4e90-9da3-fd5c25acd069";
    public static final String OTHER_ID = "0b5f9f0e-7a8e-4c52-9b43-2f7e1c7d8a11";
    public static final String SPOOL_ID = "d7ef132b5d7711eea8c8000c29c33806";
    public static final String READY_QUEUE = "my-source->gmail.com@smtp_client";

    public static final String BOUNCE_LIST = "[{\"id\":\"" + RULE_ID + "\",\"campaign\":null,\"tenant\":null,"
            + "\"domain\":\"example.com\",\"routing_domain\":null,\"reason\":\"purge\","
            + "\"duration\":\"4m 50s 207ms 320us 231ns\",\"bounced\":{\"example.com\":1234567},\"total_bounced\":1234567},"
            + "{\"id\":\"" + OTHER_ID + "\",\"campaign\":\"spring\",\"tenant\":\"acme\",\"domain\":null,"
            + "\"routing_domain\":\"relay.example\",\"reason\":\"bad list\",\"duration\":\"1h\",\"bounced\":{},"
            + "\"total_bounced\":0},"
            + "{\"id\":\"" + RULE_ID + "\",\"campaign\":null,\"tenant\":null,\"domain\":null,\"routing_domain\":null,"
            + "\"reason\":\"everything must go\",\"duration\":\"300s\",\"bounced\":{\"a\":1,\"b\":2},\"total_bounced\":3}]";

    public static final String SUSPEND_LIST = "[{\"id\":\"" + RULE_ID + "\",\"campaign\":null,\"tenant\":\"t\","
            + "\"domain\":null,\"reason\":\"pause\",\"duration\":\"1h 59m 59s\"}]";

    public static final String SUSPEND_READY_Q_LIST = "[{\"id\":\"" + RULE_ID + "\",\"name\":\"" + READY_QUEUE + "\","
            + "\"reason\":\"pause\",\"duration\":\"4m\",\"expires\":\"2026-06-19T13:42:17.123456Z\"}]";

    public static final String INSPECT_MESSAGE = "{\"id\":\"" + SPOOL_ID + "\",\"message\":{\"sender\":\"a@example.com\","
            + "\"recipient\":[\"b@example.com\"],\"meta\":{\"tenant\":\"t\",\"campaign\":\"c\",\"queue\":{\"z\":1,\"a\":2}},"
            + "\"data\":null}}";

    public static final String INSPECT_SCHED_Q = "{\"queue_name\":\"t@example.com\",\"messages\":[" + INSPECT_MESSAGE
            + "],\"num_scheduled\":1,\"queue_config\":{\"retry_interval\":\"20m\",\"max_age\":\"7days\"},"
            + "\"delayed_metric\":0,\"now\":\"2026-06-19T13:42:17.123Z\",\"last_changed\":\"2026-06-19T13:40:00Z\"}";

    public static final String CONSTRAINTS = "{\"max_concurrent_dispatchers\":{\"value\":32.0,\"source\":{\"kind\":\"primary\"},"
            + "\"display\":\"32\"},\"max_message_rate\":null,\"max_message_rate_declared\":null,"
            + "\"max_connection_rate\":null,\"max_source_selection_rate\":null}";

    /** The constraints of kcli's "reconnect cycling" snapshot: 1000/s declared, 10 × 10/s effective. */
    public static final String CYCLING_CONSTRAINTS = "{\"max_concurrent_dispatchers\":{\"value\":32.0,\"source\":{\"kind\":"
            + "\"primary\"},\"display\":\"32\"},\"max_message_rate\":{\"value\":100.0,\"source\":{\"kind\":"
            + "\"reconnect_cycling\"},\"display\":\"10 × 10/s = 100/s\"},\"max_message_rate_declared\":\"1000/s\","
            + "\"max_connection_rate\":{\"value\":10.0,\"source\":{\"kind\":\"primary\"},\"display\":\"10/s\"},"
            + "\"max_source_selection_rate\":{\"value\":5.0,\"source\":{\"kind\":\"additional\",\"name\":\"shared\"},"
            + "\"display\":\"5/s\"}}";

    public static final String PATH_CONFIG = "{\"connection_limit\":{\"limit\":32,\"force_local\":false},"
            + "\"additional_connection_limits\":{},\"enable_tls\":\"Opportunistic\",\"enable_mta_sts\":true,"
            + "\"tls_certificate\":null,\"connect_timeout\":\"1m\",\"banner_timeout\":\"1m\",\"max_ready\":1024,"
            + "\"prohibited_hosts\":[\"127.0.0.0/8\",\"::1\"],\"skip_hosts\":[],\"ehlo_domain\":\"mta.example.com\","
            + "\"provider_name\":null,\"refresh_interval\":\"1m\"}";

    public static final String MX = "{\"site_name\":\"gmail-smtp-in.l.google.com\",\"by_preference\":{\"20\":"
            + "[\"alt1.gmail-smtp-in.l.google.com\"],\"10\":[\"gmail-smtp-in.l.google.com\"]},\"is_mx\":true,"
            + "\"is_domain_literal\":false,\"is_secure\":true}";

    /** kcli's own inspect-ready-q snapshot data ("with_dispatchers_including_stuck"), as kumod sends it. */
    public static final String INSPECT_READY_Q = "{\"queue_name\":\"" + READY_QUEUE + "\",\"mx\":" + MX + ","
            + "\"egress_source\":\"my-source\",\"egress_pool\":\"default\",\"protocol\":\"smtp_client\","
            + "\"state\":{\"ready_count\":1142,\"connection_count\":4,\"connection_rate_throttled\":null,"
            + "\"connection_limited\":null,\"suspended\":null,\"watchdog_threshold\":\"10m\"},"
            + "\"path_config\":" + PATH_CONFIG + ",\"constraints\":" + CONSTRAINTS + ","
            + "\"scheduled_queue_names\":[\"t@gmail.com\",\"gmail.com\"],\"dispatchers\":["
            + dispatcher("7f3a8d4e-9c12-4abc-8def-1234567890ab", "8m 12s", "\"DeliveringMessage\"",
                    "\"send msg with 1 recip(s)\"", "1s 200ms", 142, 4, 0, 32, "18.0") + ","
            + dispatcher("9e4b6a01-2345-6789-abcd-ef0123456789", "47m 8s", "\"DeliveringMessage\"",
                    "\"send msg with 1 recip(s)\"", "42m 12s", 1391, 0, 0, 0, "0.49") + ","
            + dispatcher("b1c2d3e4-1111-2222-3333-444455556666", "8m", "\"DeliveringMessage\"",
                    "\"send msg with 1 recip(s)\"", "8m", 45, 1, 0, 12, "0.09") + ","
            + dispatcher("c2d35e10-aaaa-bbbb-cccc-dddddddddddd", "31s", "\"Idle\"", "null", "31s", 0, 0, 0, 0, "0.0")
            + "],\"now\":\"2026-06-19T13:42:17Z\"}";

    public static final String RESOLVE_EGRESS_PATH = "{\"domain\":\"gmail.com\",\"source\":\"unspecified\",\"mx\":" + MX + ","
            + "\"queue_name\":\"unspecified->gmail.com@smtp_client\",\"queue_config\":{\"retry_interval\":\"20m\","
            + "\"egress_pool\":\"default\"},\"path_config\":" + PATH_CONFIG + ",\"constraints\":" + CYCLING_CONSTRAINTS + "}";

    public static final String BOUNCE = "{\"id\":\"" + RULE_ID + "\",\"bounced\":{},\"total_bounced\":0}";

    public static final String SUSPEND = "{\"id\":\"" + RULE_ID + "\"}";

    public static final String READY_Q_STATES = "{\"states_by_ready_queue\":{\"" + READY_QUEUE + "\":{\"connection_limited\":"
            + "{\"context\":\"TooManyLeases for queue\",\"since\":\"2026-06-19T13:42:17.123Z\"}}}}";

    public static final String MACHINE_INFO = "{\"node_id\":\"9745bb48-14d7-48f2-a1fb-7df8d5844217\",\"hostname\":\"mta1\","
            + "\"mac_address\":\"02:02:02:02:02:02\",\"num_cores\":64,\"kernel_version\":\"6.8.0\","
            + "\"platform\":\"linux/x86_64\",\"distribution\":\"ubuntu\",\"os_version\":\"Linux (Ubuntu 24.04)\","
            + "\"total_memory_bytes\":1003929600,\"container_runtime\":null,\"cpu_brand\":\"Xeon\","
            + "\"fingerprint\":\"machine_uid=ec22\",\"online_since\":\"2026-06-19T13:00:00Z\","
            + "\"process_kind\":\"kumod\",\"version\":\"2026.06.23-db312236\"}";

    private KumodSamples() {}

    private static String dispatcher(String session, String age, String phase, String detail, String inPhase,
            long delivered, long transfailed, long failed, long thisConnection, String rate) {
        return "{\"session_id\":\"" + session + "\",\"started_at\":\"2026-06-19T13:42:17Z\",\"age\":\"" + age + "\","
                + "\"phase\":" + phase + ",\"detail\":" + detail + ",\"time_in_current_phase\":\"" + inPhase + "\","
                + "\"messages_delivered\":" + delivered + ",\"messages_transfailed\":" + transfailed
                + ",\"messages_failed\":" + failed + ",\"delivered_this_connection\":" + thisConnection
                + ",\"overall_rate_per_sec\":" + rate + "}";
    }
}
