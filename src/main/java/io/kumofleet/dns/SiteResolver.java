package io.kumofleet.dns;

import io.kumofleet.config.FleetConfig;
import io.kumofleet.kumod.MailDomain;
import io.kumofleet.kumod.SiteName;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The site name kumod gives a domain's ready queues ({@code MailExchanger::resolve}): the MX hosts
 * ordered by preference, then by name within a preference, {@code :port} appended when the domain
 * has one, factored by {@link SiteName}; a domain without MX records is its own host, and an
 * address literal is its own site. kumod's MTA-STS pruning of hosts is not applied.
 */
@ApplicationScoped
public class SiteResolver {

    private final MxResolver resolver;
    private final int concurrency;

    @Inject
    public SiteResolver(MxResolver resolver, FleetConfig config) {
        this(resolver, config.dns().concurrency());
    }

    SiteResolver(MxResolver resolver, int concurrency) {
        this.resolver = resolver;
        this.concurrency = concurrency;
    }

    /**
     * The site of {@code domain}; fails with {@link IllegalArgumentException} for a malformed domain
     * and {@link DnsLookupException} when it does not exist or DNS fails.
     */
    public Uni<String> site(String domain) {
        MailDomain parsed;
        try {
            parsed = MailDomain.parse(domain);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(e);
        }
        if (parsed.isLiteral()) {
            return Uni.createFrom().item(parsed.literalSite());
        }
        return resolver.mx(parsed.name()).map(answer -> {
            if (answer.nxdomain()) {
                throw new DnsLookupException("MX lookup for " + domain + " failed: NXDOMAIN", true, null);
            }
            return SiteName.factor(hosts(parsed, answer));
        });
    }

    /**
     * The sites of many domains, looking up at most {@code kumo.fleet.dns.concurrency} at once;
     * domains that are malformed or do not resolve are left out, as kcli leaves them out.
     */
    public Uni<Map<String, String>> sites(Collection<String> domains) {
        return Multi.createFrom().iterable(domains)
                .onItem().transformToUni(domain -> site(domain)
                        .map(site -> (Map.Entry<String, String>) new AbstractMap.SimpleEntry<>(domain, site))
                        .onFailure().recoverWithNull())
                .merge(concurrency)
                .collect().asMap(Map.Entry::getKey, Map.Entry::getValue)
                .map(HashMap::new);
    }

    private static List<String> hosts(MailDomain domain, MxAnswer answer) {
        if (answer.records().isEmpty()) {
            return List.of(withPort(domain.name(), domain));
        }
        Map<Integer, List<String>> byPreference = new TreeMap<>();
        for (MxAnswer.Mx mx : answer.records()) {
            byPreference.computeIfAbsent(mx.preference(), p -> new ArrayList<>())
                    .add(mx.exchange().toLowerCase(Locale.ROOT));
        }
        List<String> hosts = new ArrayList<>();
        for (List<String> names : byPreference.values()) {
            names.sort(null);
            names.forEach(name -> hosts.add(withPort(name, domain)));
        }
        return hosts;
    }

    private static String withPort(String host, MailDomain domain) {
        return domain.port() == null ? host : host + ":" + domain.port();
    }
}
