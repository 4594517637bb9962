package io.kumofleet.kumod;


/**
 * The SITE, SOURCE and PROTO columns kcli's queue-summary derives from a ready-queue name
 * ({@code queue_summary.rs}). This is kcli's display split, not kumod's grammar
 * ({@link ReadyQueueName}): only {@code @smtp_client}, {@code @lua:…} and {@code @maildir:…} count
 * as a protocol, so {@code src->host@xfer} has no PROTO and keeps {@code host@xfer} as its SITE.
 *
 * @param site the name without the {@code source->} prefix and the {@code @proto} suffix
 * @param source the text before the first {@code ->}, or null when there is none
 * @param protocol {@code smtp_client}, {@code lua:…} or {@code maildir:…}, or null
 */
public record ReadyQueueColumns(String site, String source, String protocol) {

    private static final String SMTP_SUFFIX = "@smtp_client";

    /** Splits a ready-queue name exactly as kcli does. */
    public static ReadyQueueColumns of(String name) {
        int arrow = name.indexOf("->");
        String source = arrow < 0 ? null : name.substring(0, arrow);
        String protocol = protocol(name);
        int from = source == null ? 0 : source.length() + 2;
        int to = name.length() - (protocol == null ? 0 : protocol.length() + 1);
        // kcli would panic when the source and the protocol overlap (e.g. "a@lua:b->c"); show no site.
        String site = from <= to ? name.substring(from, to) : "";
        return new ReadyQueueColumns(site, source, protocol);
    }

    private static String protocol(String name) {
        if (name.endsWith(SMTP_SUFFIX)) {
            return ReadyQueueName.SMTP_CLIENT;
        }
        int at = name.lastIndexOf("@lua:");
        if (at < 0) {
            at = name.lastIndexOf("@maildir:");
        }
        return at < 0 ? null : name.substring(at + 1);
    }
}
