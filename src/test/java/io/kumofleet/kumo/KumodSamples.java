package io.kumofleet.kumo;

/** kumod-like answers (shapes from CONTRACT.md and kumod's API document) for the fake node. */
final class KumodSamples {

    static final String JSON = "application/json";
    static final String TEXT = "text/plain; charset=utf-8";

    static final String RULE_ID = "552016f1-08e7-4e90-9da3-fd5c25acd069";
    static final String SPOOL_ID = "d7ef132b5d7711eea8c8000c29c33806";
    static final String SESSION_ID = "0b5f9f0e-7a8e-4c52-9b43-2f7e1c7d8a11";
    static final String READY_QUEUE = "my-source->(alt1|alt2|alt3|alt4)?.gmail-smtp-in.l.google.com@smtp_client";

    static final String BOUNCE = "{\"id\":\"" + RULE_ID + "\",\"bounced\":{},\"total_bounced\":0}";

    static final String BOUNCE_LIST = "[{\"id\":\"" + RULE_ID + "\",\"campaign\":null,\"tenant\":null,"
            + "\"domain\":\"example.com\",\"routing_domain\":null,\"reason\":\"purge\","
            + "\"duration\":\"4m 50s 207ms 320us 231ns\",\"bounced\":{\"example.com\":3},\"total_bounced\":3}]";

    static final String SUSPEND = "{\"id\":\"" + RULE_ID + "\"}";

    static final String SUSPEND_LIST = "[{\"id\":\"" + RULE_ID + "\",\"campaign\":null,\"tenant\":\"t\","
            + "\"domain\":null,\"reason\":\"pause\",\"duration\":\"1h 59m 59s\"}]";

    static final String SUSPEND_READY_Q_LIST = "[{\"id\":\"" + RULE_ID + "\",\"name\":\"" + READY_QUEUE + "\","
            + "\"reason\":\"pause\",\"duration\":\"4m\",\"expires\":\"2026-06-19T13:42:17.123456Z\"}]";

    static final String INSPECT_MESSAGE = "{\"id\":\"" + SPOOL_ID + "\",\"message\":{\"sender\":\"a@example.com\","
            + "\"recipient\":[\"b@example.com\"],\"meta\":{\"tenant\":\"t\"},\"data\":null}}";

    static final String INSPECT_SCHED_Q = "{\"queue_name\":\"t@example.com\",\"messages\":[" + INSPECT_MESSAGE
            + "],\"num_scheduled\":1,\"queue_config\":{\"max_age\":\"7days\"},\"delayed_metric\":0,"
            + "\"now\":\"2026-06-19T13:42:17.123Z\",\"last_changed\":\"2026-06-19T13:40:00Z\"}";

    static final String CONSTRAINTS = "{\"max_concurrent_dispatchers\":{\"value\":32.0,\"source\":{\"kind\":\"primary\"},"
            + "\"display\":\"32\"},\"max_message_rate\":null,\"max_message_rate_declared\":null,"
            + "\"max_connection_rate\":null,\"max_source_selection_rate\":null}";

    static final String INSPECT_READY_Q = "{\"queue_name\":\"" + READY_QUEUE + "\",\"mx\":null,"
            + "\"egress_source\":\"my-source\",\"egress_pool\":\"pool\",\"protocol\":\"smtp_client\","
            + "\"state\":{\"ready_count\":2,\"connection_count\":1,\"connection_rate_throttled\":null,"
            + "\"connection_limited\":null,\"suspended\":null,\"watchdog_threshold\":\"10m\"},"
            + "\"path_config\":{},\"constraints\":" + CONSTRAINTS + ",\"scheduled_queue_names\":[\"t@gmail.com\"],"
            + "\"dispatchers\":[{\"session_id\":\"" + SESSION_ID + "\",\"started_at\":\"2026-06-19T13:40:00Z\","
            + "\"age\":\"2m 17s\",\"phase\":\"Idle\",\"detail\":null,\"time_in_current_phase\":\"1s\","
            + "\"messages_delivered\":5,\"messages_transfailed\":0,\"messages_failed\":0,"
            + "\"delivered_this_connection\":5,\"overall_rate_per_sec\":0.5}],\"now\":\"2026-06-19T13:42:17Z\"}";

    static final String READY_Q_STATES = "{\"states_by_ready_queue\":{\"" + READY_QUEUE + "\":{\"connection_limited\":"
            + "{\"context\":\"TooManyLeases for queue\",\"since\":\"2026-06-19T13:42:17.123Z\"}}}}";

    static final String RESOLVE_EGRESS_PATH = "{\"domain\":\"gmail.com\",\"source\":\"unspecified\",\"mx\":null,"
            + "\"queue_name\":\"" + READY_QUEUE + "\",\"queue_config\":{},\"path_config\":{},\"constraints\":"
            + CONSTRAINTS + "}";

    static final String MACHINE_INFO = "{\"node_id\":\"9745bb48-14d7-48f2-a1fb-7df8d5844217\",\"hostname\":\"mta1\","
            + "\"mac_address\":\"02:02:02:02:02:02\",\"num_cores\":64,\"kernel_version\":\"6.8.0\","
            + "\"platform\":\"linux/x86_64\",\"distribution\":\"ubuntu\",\"os_version\":\"Linux (Ubuntu 24.04)\","
            + "\"total_memory_bytes\":1003929600,\"container_runtime\":null,\"cpu_brand\":\"Xeon\","
            + "\"fingerprint\":\"machine_uid=ec22\",\"online_since\":\"2026-06-19T13:00:00Z\","
            + "\"process_kind\":\"kumod\",\"version\":\"2026.06.23-db312236\"}";

    private KumodSamples() {}
}
