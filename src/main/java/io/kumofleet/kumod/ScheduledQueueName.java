package io.kumofleet.kumod;

import java.util.Objects;

/**
 * The components of a kumod scheduled-queue name, {@code [campaign:]tenant@domain[!routing_domain]}
 * (CONTRACT.md 5.1), parsed exactly as kumod's {@code QueueNameComponents::parse} does.
 *
 * <p>Absent components are {@code null}; {@code campaign:@domain} has the empty tenant {@code ""}.
 * A name without {@code @} is all domain (plus an optional {@code !routing_domain}), which is also
 * how internal names such as {@code http://10.0.0.1:8000/.xfer.kumomta.internal} parse.
 */
public record ScheduledQueueName(String campaign, String tenant, String domain, String routingDomain) {

    /** Suffix of the scheduled queues that ship messages to another node (kcli xfer). */
    public static final String XFER_SUFFIX = ".xfer.kumomta.internal";

    public ScheduledQueueName {
        Objects.requireNonNull(domain, "domain");
    }

    /** Splits at the first {@code @}, then the prefix at its first {@code :}, then the domain at its first {@code !}. */
    public static ScheduledQueueName parse(String name) {
        int at = name.indexOf('@');
        if (at < 0) {
            return withDomain(null, null, name);
        }
        String prefix = name.substring(0, at);
        String rest = name.substring(at + 1);
        int colon = prefix.indexOf(':');
        if (colon < 0) {
            return withDomain(null, prefix, rest);
        }
        return withDomain(prefix.substring(0, colon), prefix.substring(colon + 1), rest);
    }

    private static ScheduledQueueName withDomain(String campaign, String tenant, String domainPart) {
        int bang = domainPart.indexOf('!');
        if (bang < 0) {
            return new ScheduledQueueName(campaign, tenant, domainPart, null);
        }
        return new ScheduledQueueName(
                campaign, tenant, domainPart.substring(0, bang), domainPart.substring(bang + 1));
    }

    /**
     * kumod's {@code Criteria::matches} for component criteria: every given (non-null) criterion
     * must equal this name's component, and a component this name lacks never matches a given one.
     */
    public boolean matches(String wantedCampaign, String wantedTenant, String wantedDomain, String wantedRoutingDomain) {
        return wanted(wantedCampaign, campaign) && wanted(wantedTenant, tenant) && wanted(wantedDomain, domain)
                && wanted(wantedRoutingDomain, routingDomain);
    }

    private static boolean wanted(String wanted, String actual) {
        return wanted == null || wanted.equals(actual);
    }

    /** The queue name these components denote, as kumod's {@code QueueNameComponents::format} builds it. */
    public static String format(String campaign, String tenant, String domain, String routingDomain) {
        StringBuilder out = new StringBuilder();
        if (campaign != null) {
            out.append(campaign).append(':');
            if (tenant != null) {
                out.append(tenant);
            }
            out.append('@');
        } else if (tenant != null) {
            out.append(tenant).append('@');
        }
        out.append(domain);
        if (routingDomain != null) {
            out.append('!').append(routingDomain);
        }
        return out.toString();
    }

    /** True for the queues kumod uses to transfer messages to another node. */
    public static boolean isXferQueue(String name) {
        return name.endsWith(XFER_SUFFIX);
    }

    /** The routing domain if there is one, else the domain: what MX resolution would use. */
    public String effectiveDomain() {
        return routingDomain != null ? routingDomain : domain;
    }

    @Override
    public String toString() {
        return format(campaign, tenant, domain, routingDomain);
    }
}
