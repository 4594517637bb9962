package io.kumofleet.sim;

import java.util.List;

/**
 * The shape of one kumod request type as serde sees it: its Rust struct name, fields in
 * declaration order, and whether it rejects unknown fields ({@code deny_unknown_fields}).
 */
record BodySpec(String struct, List<Field> fields, boolean denyUnknownFields) {

    /** What serde makes of one field's JSON value. */
    enum Kind { OPTIONAL_STRING, STRING, BOOLEAN, DURATION, TIMESTAMP, STRING_LIST, STRING_MAP, UUID, URL }

    /** A field; {@code required} fields have no serde default and are reported missing. */
    record Field(String name, Kind kind, boolean required) {}

    static Field optional(String name, Kind kind) {
        return new Field(name, kind, false);
    }

    static Field required(String name, Kind kind) {
        return new Field(name, kind, true);
    }

    Field field(String name) {
        for (Field f : fields) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    static final BodySpec BOUNCE = new BodySpec("BounceV1Request", List.of(
            optional("campaign", Kind.OPTIONAL_STRING),
            optional("tenant", Kind.OPTIONAL_STRING),
            optional("domain", Kind.OPTIONAL_STRING),
            optional("routing_domain", Kind.OPTIONAL_STRING),
            required("reason", Kind.STRING),
            optional("duration", Kind.DURATION),
            optional("suppress_logging", Kind.BOOLEAN),
            optional("expires", Kind.TIMESTAMP),
            optional("queue_names", Kind.STRING_LIST)), true);

    static final BodySpec SUSPEND = new BodySpec("SuspendV1Request", List.of(
            optional("campaign", Kind.OPTIONAL_STRING),
            optional("tenant", Kind.OPTIONAL_STRING),
            optional("domain", Kind.OPTIONAL_STRING),
            required("reason", Kind.STRING),
            optional("duration", Kind.DURATION),
            optional("expires", Kind.TIMESTAMP),
            optional("queue_names", Kind.STRING_LIST)), false);

    static final BodySpec SUSPEND_READY_Q = new BodySpec("SuspendReadyQueueV1Request", List.of(
            required("name", Kind.STRING),
            required("reason", Kind.STRING),
            optional("duration", Kind.DURATION),
            optional("expires", Kind.TIMESTAMP)), false);

    static final BodySpec BOUNCE_CANCEL = new BodySpec("BounceV1CancelRequest",
            List.of(required("id", Kind.UUID)), false);

    static final BodySpec SUSPEND_CANCEL = new BodySpec("SuspendV1CancelRequest",
            List.of(required("id", Kind.UUID)), false);

    static final BodySpec SET_LOG_FILTER = new BodySpec("SetDiagnosticFilterRequest",
            List.of(required("filter", Kind.STRING)), false);

    static final BodySpec REBIND = new BodySpec("RebindV1Request", List.of(
            optional("campaign", Kind.OPTIONAL_STRING),
            optional("tenant", Kind.OPTIONAL_STRING),
            optional("domain", Kind.OPTIONAL_STRING),
            optional("routing_domain", Kind.OPTIONAL_STRING),
            required("reason", Kind.STRING),
            optional("suppress_logging", Kind.BOOLEAN),
            required("data", Kind.STRING_MAP),
            optional("trigger_rebind_event", Kind.BOOLEAN),
            optional("always_flush", Kind.BOOLEAN)), false);

    static final BodySpec XFER = new BodySpec("XferV1Request", List.of(
            optional("campaign", Kind.OPTIONAL_STRING),
            optional("tenant", Kind.OPTIONAL_STRING),
            optional("domain", Kind.OPTIONAL_STRING),
            optional("routing_domain", Kind.OPTIONAL_STRING),
            required("reason", Kind.STRING),
            optional("queue_names", Kind.STRING_LIST),
            required("target", Kind.URL)), false);

    static final BodySpec XFER_CANCEL = new BodySpec("XferCancelV1Request", List.of(
            required("queue_name", Kind.STRING),
            required("reason", Kind.STRING)), false);

    static final BodySpec ABORT_READY_Q_CONN = new BodySpec("AbortReadyQConnV1Request", List.of(
            required("queue_name", Kind.STRING),
            required("session_id", Kind.UUID)), false);

    static final BodySpec SPOOL_COMPACT = new BodySpec("SpoolCompactV1Request",
            List.of(required("name", Kind.STRING)), false);
}
