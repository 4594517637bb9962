package io.kumofleet.kumod;

/**
 * The parts of a kumod ready-queue name, {@code egress_source->site_name@proto_part} (CONTRACT.md 5.2),
 * e.g. {@code my-source->(alt1|alt2)?.gmail-smtp-in.l.google.com@smtp_client}.
 *
 * <p>The source ends at the first {@code ->}. The protocol part starts at the last {@code @} that
 * is followed by a known protocol ({@code smtp_client}, {@code xfer}, {@code null},
 * {@code defersmtpinject}, {@code httpinject:…}, {@code maildir:…} or {@code lua:…}), so a site
 * name may itself contain {@code @}. {@link #protocol} is {@code null} when the name has no
 * recognisable protocol part.
 */
public record ReadyQueueName(String source, String site, String protocol) {

    /** Protocol part of ordinary SMTP ready queues. */
    public static final String SMTP_CLIENT = "smtp_client";

    /** Parses a ready-queue name; the whole name is the site when there is no {@code ->}. */
    public static ReadyQueueName parse(String name) {
        int arrow = name.indexOf("->");
        String source = arrow < 0 ? null : name.substring(0, arrow);
        String rest = arrow < 0 ? name : name.substring(arrow + 2);
        for (int at = rest.lastIndexOf('@'); at >= 0; at = rest.lastIndexOf('@', at - 1)) {
            String proto = rest.substring(at + 1);
            if (isProtocol(proto)) {
                return new ReadyQueueName(source, rest.substring(0, at), proto);
            }
            if (at == 0) {
                break;
            }
        }
        return new ReadyQueueName(source, rest, null);
    }

    /** {@code source->site@protocol}. */
    public static String format(String source, String site, String protocol) {
        return source + "->" + site + "@" + protocol;
    }

    /**
     * The prefix of the {@code service} label kumod gives this queue's delivery metrics
     * ({@code metrics_protocol_name}): {@code smtp_client}, {@code lua}, {@code maildir} and so on.
     */
    public String metricsProtocol() {
        if (protocol == null) {
            return "";
        }
        int colon = protocol.indexOf(':');
        return colon < 0 ? protocol : protocol.substring(0, colon);
    }

    private static boolean isProtocol(String proto) {
        switch (proto) {
            case SMTP_CLIENT: case "xfer": case "null": case "defersmtpinject":
                return true;
            default:
                return proto.startsWith("maildir:") || proto.startsWith("lua:") || proto.startsWith("httpinject:");
        }
    }

    @Override
    public String toString() {
        if (protocol == null) {
            return source == null ? site : source + "->" + site;
        }
        return (source == null ? "" : source + "->") + site + "@" + protocol;
    }
}
