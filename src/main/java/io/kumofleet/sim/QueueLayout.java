package io.kumofleet.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Generates a plausible, reproducible queue population: a few well-known mailbox providers first,
 * then {@code domain-N.example} domains; ready queues are every site on up to four egress sources;
 * scheduled queues are each domain alone and with tenants, campaigns and a routing domain.
 */
final class QueueLayout {

    private record KnownDomain(String domain, String site, String provider) {}

    private static final List<KnownDomain> KNOWN = List.of(
            new KnownDomain("gmail.com", "(alt1|alt2|alt3|alt4)?.gmail-smtp-in.l.google.com", "google"),
            new KnownDomain("yahoo.com", "(mta5|mta6|mta7).am0.yahoodns.net", "yahoo"),
            new KnownDomain("outlook.com", "outlook-com.olc.protection.outlook.com", "microsoft"),
            new KnownDomain("hotmail.com", "hotmail-com.olc.protection.outlook.com", "microsoft"),
            new KnownDomain("example.com", "mx.example.com", "mx.example.com"),
            new KnownDomain("aol.com", "mx-aol.mail.gm0.yahoodns.net", "yahoo"),
            new KnownDomain("icloud.com", "(mx01|mx02).mail.icloud.com", "apple"),
            new KnownDomain("comcast.net", "(mx1|mx2).comcast.net", "comcast"));

    private static final List<String> TENANTS = List.of("acme", "globex", "initech", "umbrella", "hooli", "stark");
    private static final List<String> CAMPAIGNS = List.of("newsletter", "promo", "receipts");
    private static final String ROUTING_DOMAIN = "smarthost.example.net";
    private static final int MAX_SOURCES = 4;

    /** (routing, campaign, tenant) index triples; -1 is absent; entry 0 is the bare domain. */
    private static final List<int[]> VARIANTS = variants();

    private QueueLayout() {}

    /** A varied start (bare, tenant, campaign and tenant, routing domain, campaign only), then every other mix. */
    private static List<int[]> variants() {
        List<int[]> out = new ArrayList<>(List.of(
                new int[] {-1, -1, -1}, new int[] {-1, -1, 0}, new int[] {-1, 0, 0}, new int[] {0, -1, 1},
                new int[] {-1, 1, -1}, new int[] {-1, -1, 2}, new int[] {-1, 2, 3}));
        for (int routing = -1; routing < 1; routing++) {
            for (int campaign = -1; campaign < CAMPAIGNS.size(); campaign++) {
                for (int tenant = -1; tenant < TENANTS.size(); tenant++) {
                    int[] variant = {routing, campaign, tenant};
                    if (out.stream().noneMatch(v -> Arrays.equals(v, variant))) {
                        out.add(variant);
                    }
                }
            }
        }
        return out;
    }

    static QueueModel generate(int scheduledQueues, int readyQueues, Random random) {
        int ready = scheduledQueues > 0 ? Math.max(1, readyQueues) : Math.max(0, readyQueues);
        QueueModel model = new QueueModel(scheduledQueues, ready);
        if (ready == 0) {
            return model;
        }
        int sourceCount = Math.min(MAX_SOURCES, ready);
        for (int i = 0; i < sourceCount; i++) {
            model.addSource("egress-" + (i + 1), i < 2 ? "pool-a" : "pool-b");
        }
        int siteCount = (ready + sourceCount - 1) / sourceCount;
        for (int i = 0; i < siteCount; i++) {
            KnownDomain known = i < KNOWN.size() ? KNOWN.get(i) : null;
            String site = known != null ? known.site() : "(mx1|mx2).domain-" + i + ".example";
            int siteIndex = model.addSite(site, known != null ? known.provider() : site);
            model.addDomain(known != null ? known.domain() : "domain-" + i + ".example", siteIndex);
        }
        for (int r = 0; r < ready; r++) {
            model.addReady(r % sourceCount, r / sourceCount);
        }
        int domainCount = Math.max(siteCount, (scheduledQueues + VARIANTS.size() - 1) / VARIANTS.size());
        for (int d = siteCount; d < domainCount; d++) {
            model.addDomain("domain-" + d + ".example", d % siteCount);
        }
        for (int s = 0; s < scheduledQueues; s++) {
            int domain = s % domainCount;
            int variant = s / domainCount;
            int[] parts = VARIANTS.get(variant);
            int readyIndex = ((domain % siteCount) * sourceCount + variant % sourceCount) % ready;
            model.addScheduled(
                    parts[1] < 0 ? -1 : model.campaigns.intern(CAMPAIGNS.get(parts[1])),
                    parts[2] < 0 ? (parts[1] < 0 ? -1 : model.tenants.intern("")) : model.tenants.intern(TENANTS.get(parts[2])),
                    domain,
                    parts[0] < 0 ? -1 : model.routingDomains.intern(ROUTING_DOMAIN),
                    readyIndex);
        }
        seedCounts(model, random);
        return model;
    }

    private static void seedCounts(QueueModel model, Random random) {
        for (int s = 0; s < model.scheduledQueues(); s++) {
            boolean big = model.domainIndexOf(s) < KNOWN.size();
            int scale = big ? 400 : 40;
            long waiting = random.nextInt(4) == 0 ? 0 : random.nextInt(scale);
            long ready = random.nextInt(scale / 4 + 1);
            model.seed(s, waiting, ready);
        }
        for (int r = 0; r < model.readyQueues(); r++) {
            long delivered = random.nextInt(50_000);
            long conns = model.readyCount(r) == 0 ? 0 : 1 + random.nextInt((int) Math.min(8, model.readyCount(r)));
            model.seedReady(r, delivered, delivered / (10 + random.nextInt(20)), delivered / (50 + random.nextInt(150)),
                    (int) conns, delivered / 20 + conns);
        }
    }
}
