// Over 300 lines: the column-wise queue arrays and every operation that must keep them consistent, in one place.
package io.kumofleet.sim;

import io.kumofleet.kumod.ReadyQueueName;
import io.kumofleet.kumod.ScheduledQueueName;
import java.util.Arrays;

/**
 * The queues of one simulated node, stored column-wise in int and long arrays so that 100,000
 * scheduled and 100,000 ready queues cost a few megabytes; names are rebuilt from interned parts
 * when needed. Not thread-safe: {@link SimNodeState} serialises access.
 *
 * <p>Each scheduled queue feeds exactly one ready queue. A message is either waiting in its
 * scheduled queue ({@link #scheduled}) or sitting in that ready queue ({@link #inReady}); a ready
 * queue's ready_count is the sum of what its feeders have in it.
 */
final class QueueModel {

    static final String PROTOCOL = ReadyQueueName.SMTP_CLIENT;

    final Interner campaigns = new Interner();
    final Interner tenants = new Interner();
    final Interner domains = new Interner();
    final Interner routingDomains = new Interner();
    final Interner sites = new Interner();
    final Interner sources = new Interner();
    final Interner providers = new Interner();
    final Interner pools = new Interner();
    final XferQueues xferQueues = new XferQueues();

    private int[] domainSite = new int[16];
    private int[] siteProvider = new int[16];
    private int[] sourcePool = new int[4];

    private int schedSize;
    private int[] schedCampaign;
    private int[] schedTenant;
    private int[] schedDomain;
    private int[] schedRouting;
    private int[] schedReady;
    private int[] nextFeeder;
    private long[] scheduled;
    private long[] inReady;

    private int readySize;
    private int[] readySource;
    private int[] readySite;
    private int[] firstFeeder;
    private int[] connections;
    private long[] readyCount;
    private long[] delivered;
    private long[] transfailed;
    private long[] failed;
    private long[] connectionsEver;

    private long received;

    QueueModel(int schedCapacity, int readyCapacity) {
        int s = Math.max(schedCapacity, 4);
        schedCampaign = new int[s];
        schedTenant = new int[s];
        schedDomain = new int[s];
        schedRouting = new int[s];
        schedReady = new int[s];
        nextFeeder = new int[s];
        scheduled = new long[s];
        inReady = new long[s];
        int r = Math.max(readyCapacity, 4);
        readySource = new int[r];
        readySite = new int[r];
        firstFeeder = new int[r];
        connections = new int[r];
        readyCount = new long[r];
        delivered = new long[r];
        transfailed = new long[r];
        failed = new long[r];
        connectionsEver = new long[r];
    }

    // ---- building ---------------------------------------------------------------------------

    int addSource(String source, String pool) {
        int index = sources.intern(source);
        sourcePool = ensure(sourcePool, index + 1);
        sourcePool[index] = pools.intern(pool);
        return index;
    }

    int addSite(String site, String provider) {
        int index = sites.intern(site);
        siteProvider = ensure(siteProvider, index + 1);
        siteProvider[index] = providers.intern(provider);
        return index;
    }

    int addDomain(String domain, int site) {
        int index = domains.intern(domain);
        domainSite = ensure(domainSite, index + 1);
        domainSite[index] = site;
        return index;
    }

    int addReady(int source, int site) {
        if (readySize == readySource.length) {
            int n = readySize * 2;
            readySource = Arrays.copyOf(readySource, n);
            readySite = Arrays.copyOf(readySite, n);
            firstFeeder = Arrays.copyOf(firstFeeder, n);
            connections = Arrays.copyOf(connections, n);
            readyCount = Arrays.copyOf(readyCount, n);
            delivered = Arrays.copyOf(delivered, n);
            transfailed = Arrays.copyOf(transfailed, n);
            failed = Arrays.copyOf(failed, n);
            connectionsEver = Arrays.copyOf(connectionsEver, n);
        }
        int r = readySize++;
        readySource[r] = source;
        readySite[r] = site;
        firstFeeder[r] = -1;
        return r;
    }

    int addScheduled(int campaign, int tenant, int domain, int routing, int ready) {
        if (schedSize == schedCampaign.length) {
            int n = schedSize * 2;
            schedCampaign = Arrays.copyOf(schedCampaign, n);
            schedTenant = Arrays.copyOf(schedTenant, n);
            schedDomain = Arrays.copyOf(schedDomain, n);
            schedRouting = Arrays.copyOf(schedRouting, n);
            schedReady = Arrays.copyOf(schedReady, n);
            nextFeeder = Arrays.copyOf(nextFeeder, n);
            scheduled = Arrays.copyOf(scheduled, n);
            inReady = Arrays.copyOf(inReady, n);
        }
        int s = schedSize++;
        schedCampaign[s] = campaign;
        schedTenant[s] = tenant;
        schedDomain[s] = domain;
        schedRouting[s] = routing;
        schedReady[s] = ready;
        nextFeeder[s] = firstFeeder[ready];
        firstFeeder[ready] = s;
        return s;
    }

    /**
     * The index of the scheduled queue called {@code name}, creating it (and a ready queue on the
     * first source for its domain's site) when it does not exist yet.
     */
    int ensureScheduled(String name) {
        int existing = findScheduled(name);
        if (existing >= 0) {
            return existing;
        }
        ScheduledQueueName parsed = ScheduledQueueName.parse(name);
        String mxDomain = parsed.effectiveDomain();
        int knownDomain = domains.indexOf(mxDomain);
        int site = knownDomain >= 0 ? domainSite[knownDomain] : addSite("mx." + mxDomain, "mx." + mxDomain);
        int domain = domains.indexOf(parsed.domain());
        if (domain < 0) {
            domain = addDomain(parsed.domain(), site);
        }
        if (sources.size() == 0) {
            addSource("unspecified", "unspecified");
        }
        int ready = findReady(0, site);
        if (ready < 0) {
            ready = addReady(0, site);
        }
        return addScheduled(
                parsed.campaign() == null ? -1 : campaigns.intern(parsed.campaign()),
                parsed.tenant() == null ? -1 : tenants.intern(parsed.tenant()),
                domain,
                parsed.routingDomain() == null ? -1 : routingDomains.intern(parsed.routingDomain()),
                ready);
    }

    private static int[] ensure(int[] array, int size) {
        return size <= array.length ? array : Arrays.copyOf(array, Math.max(size, array.length * 2));
    }

    // ---- lookup -----------------------------------------------------------------------------

    int scheduledQueues() {
        return schedSize;
    }

    int readyQueues() {
        return readySize;
    }

    int findScheduled(String name) {
        ScheduledQueueName parsed = ScheduledQueueName.parse(name);
        int campaign = campaigns.indexOf(parsed.campaign());
        int tenant = tenants.indexOf(parsed.tenant());
        int domain = domains.indexOf(parsed.domain());
        int routing = routingDomains.indexOf(parsed.routingDomain());
        if (domain < 0 || (campaign < 0 && parsed.campaign() != null) || (tenant < 0 && parsed.tenant() != null)
                || (routing < 0 && parsed.routingDomain() != null)) {
            return -1;
        }
        for (int s = 0; s < schedSize; s++) {
            if (schedDomain[s] == domain && schedTenant[s] == tenant && schedCampaign[s] == campaign
                    && schedRouting[s] == routing) {
                return s;
            }
        }
        return -1;
    }

    int findReady(String name) {
        ReadyQueueName parsed = ReadyQueueName.parse(name);
        if (!PROTOCOL.equals(parsed.protocol()) || parsed.source() == null) {
            return -1;
        }
        int source = sources.indexOf(parsed.source());
        int site = sites.indexOf(parsed.site());
        return source < 0 || site < 0 ? -1 : findReady(source, site);
    }

    private int findReady(int source, int site) {
        for (int r = 0; r < readySize; r++) {
            if (readySite[r] == site && readySource[r] == source) {
                return r;
            }
        }
        return -1;
    }

    String scheduledName(int s) {
        return ScheduledQueueName.format(campaignOf(s), tenantOf(s), domainOf(s), routingDomainOf(s));
    }

    String campaignOf(int s) {
        return campaigns.get(schedCampaign[s]);
    }

    String tenantOf(int s) {
        return tenants.get(schedTenant[s]);
    }

    String domainOf(int s) {
        return domains.get(schedDomain[s]);
    }

    int domainIndexOf(int s) {
        return schedDomain[s];
    }

    int tenantIndexOf(int s) {
        return schedTenant[s];
    }

    int campaignIndexOf(int s) {
        return schedCampaign[s];
    }

    String routingDomainOf(int s) {
        return routingDomains.get(schedRouting[s]);
    }

    int readyOf(int s) {
        return schedReady[s];
    }

    long scheduled(int s) {
        return scheduled[s];
    }

    long inReady(int s) {
        return inReady[s];
    }

    String readyName(int r) {
        return ReadyQueueName.format(sourceOf(r), siteOf(r), PROTOCOL);
    }

    String sourceOf(int r) {
        return sources.get(readySource[r]);
    }

    int sourceIndexOf(int r) {
        return readySource[r];
    }

    String siteOf(int r) {
        return sites.get(readySite[r]);
    }

    int providerIndexOf(int r) {
        return siteProvider[readySite[r]];
    }

    int poolIndexOf(int r) {
        return sourcePool[readySource[r]];
    }

    int poolIndexOfSource(int source) {
        return sourcePool[source];
    }

    long readyCount(int r) {
        return readyCount[r];
    }

    int connections(int r) {
        return connections[r];
    }

    long connectionsEver(int r) {
        return connectionsEver[r];
    }

    long delivered(int r) {
        return delivered[r];
    }

    long transfailed(int r) {
        return transfailed[r];
    }

    long failed(int r) {
        return failed[r];
    }

    int firstFeeder(int r) {
        return firstFeeder[r];
    }

    int nextFeeder(int s) {
        return nextFeeder[s];
    }

    long received() {
        return received;
    }

    // ---- movement ---------------------------------------------------------------------------

    void arrive(int s, long n) {
        scheduled[s] += n;
        received += n;
    }

    /** Counts a message that arrived and was bounced at once: received, never queued. */
    void arriveBounced(long n) {
        received += n;
    }

    void seed(int s, long waiting, long ready) {
        scheduled[s] = waiting;
        inReady[s] = ready;
        readyCount[schedReady[s]] += ready;
    }

    void seedReady(int r, long deliveredCount, long transfailCount, long failCount, int conns, long connsEver) {
        delivered[r] = deliveredCount;
        transfailed[r] = transfailCount;
        failed[r] = failCount;
        connections[r] = conns;
        connectionsEver[r] = connsEver;
    }

    /** Removes every message of scheduled queue {@code s}, waiting or ready; returns how many. */
    long removeAll(int s) {
        long n = scheduled[s] + inReady[s];
        readyCount[schedReady[s]] -= inReady[s];
        scheduled[s] = 0;
        inReady[s] = 0;
        return n;
    }

    /** Puts messages back into scheduled queue {@code s} without counting them as received (xfer cancel). */
    void restore(int s, long n) {
        scheduled[s] += n;
    }

    /** Removes the ready messages of scheduled queue {@code s} (bounced when popped); returns how many. */
    long dropReady(int s) {
        long n = inReady[s];
        readyCount[schedReady[s]] -= n;
        inReady[s] = 0;
        return n;
    }

    /** Moves up to {@code n} waiting messages into the ready queue; returns how many moved. */
    long promote(int s, long n) {
        long moved = Math.min(n, scheduled[s]);
        scheduled[s] -= moved;
        inReady[s] += moved;
        readyCount[schedReady[s]] += moved;
        return moved;
    }

    /** Puts the ready messages of scheduled queue {@code s} back into it (suspension, restart). */
    void requeue(int s) {
        readyCount[schedReady[s]] -= inReady[s];
        scheduled[s] += inReady[s];
        inReady[s] = 0;
    }

    /**
     * Attempts delivery of up to {@code n} ready messages of scheduled queue {@code s}:
     * {@code fails} fail permanently, {@code transfails} go back to the scheduled queue, the rest
     * are delivered. Returns how many were attempted.
     */
    long attempt(int s, long n, long transfails, long fails) {
        long taken = Math.min(n, inReady[s]);
        long tf = Math.min(transfails, taken);
        long f = Math.min(fails, taken - tf);
        int r = schedReady[s];
        inReady[s] -= taken;
        readyCount[r] -= taken;
        scheduled[s] += tf;
        transfailed[r] += tf;
        failed[r] += f;
        delivered[r] += taken - tf - f;
        return taken;
    }

    void setConnections(int r, int n) {
        if (n > connections[r]) {
            connectionsEver[r] += n - connections[r];
        }
        connections[r] = n;
    }

    /** What survives a kumod restart: the spooled messages, all back in their scheduled queues. */
    void restart() {
        for (int s = 0; s < schedSize; s++) {
            scheduled[s] += inReady[s];
            inReady[s] = 0;
        }
        Arrays.fill(readyCount, 0);
        Arrays.fill(connections, 0);
        Arrays.fill(delivered, 0);
        Arrays.fill(transfailed, 0);
        Arrays.fill(failed, 0);
        Arrays.fill(connectionsEver, 0);
        received = 0;
    }
}
