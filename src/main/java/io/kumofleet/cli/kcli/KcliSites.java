package io.kumofleet.cli.kcli;

import io.kumofleet.cli.kcli.format.KcliError;
import io.kumofleet.dns.DnsLookupException;
import io.kumofleet.dns.SiteResolver;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;

/**
 * The MX resolution kcli does on the machine it runs on ({@code MailExchanger::resolve}) for
 * queue-summary {@code --domain} and provider-summary {@code --show-domains}: the gateway's
 * {@link SiteResolver} (the system's resolvers, or {@code kumo.fleet.dns.server}), waited for on
 * the caller's thread, its failures reported as kcli reports them.
 */
@ApplicationScoped
class KcliSites {

    private final SiteResolver resolver;

    KcliSites(SiteResolver resolver) {
        this.resolver = resolver;
    }

    /** The site of {@code domain}; a malformed domain, one that does not exist or a failed lookup ends the run. */
    String site(String domain) {
        try {
            return resolver.site(domain).await().indefinitely();
        } catch (DnsLookupException | IllegalArgumentException e) {
            throw new KcliError(e.getMessage());
        }
    }

    /** The sites of those {@code names} that are domains and resolve; kcli leaves the others out silently. */
    Map<String, String> sites(Collection<String> names) {
        return resolver.sites(names).await().indefinitely();
    }
}
