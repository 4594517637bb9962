package io.kumofleet.support;

import io.kumofleet.dns.DnsLookupException;
import io.kumofleet.dns.MxAnswer;
import io.kumofleet.dns.MxResolver;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test DNS: answers MX lookups from records the test sets, never from real DNS; it replaces the
 * dnsjava resolver in every {@code @QuarkusTest}. Names that were not set do not exist (NXDOMAIN).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class StubMxResolver implements MxResolver {

    private static final Map<String, MxAnswer> ZONES = new ConcurrentHashMap<>();
    private static final Map<String, String> BROKEN = new ConcurrentHashMap<>();
    private static final AtomicLong LOOKUPS = new AtomicLong();

    /** MX records for {@code domain}, each {@code "<preference> <exchange>"}, e.g. {@code "10 mx1.example.com."}. */
    public static void mx(String domain, String... records) {
        List<MxAnswer.Mx> list = new ArrayList<>();
        for (String record : records) {
            String[] parts = record.split(" ");
            list.add(new MxAnswer.Mx(Integer.parseInt(parts[0]), parts[1]));
        }
        ZONES.put(fqdn(domain), new MxAnswer(list, false));
    }

    /** {@code domain} exists but has no MX records (its own A record is the implicit MX). */
    public static void noMx(String domain) {
        ZONES.put(fqdn(domain), new MxAnswer(List.of(), false));
    }

    /** Lookups of {@code domain} fail as a DNS server failure would. */
    public static void broken(String domain) {
        BROKEN.put(fqdn(domain), "SERVFAIL");
    }

    /** Forgets every record. */
    public static void clear() {
        ZONES.clear();
        BROKEN.clear();
    }

    /** How many lookups were made since the JVM started. */
    public static long lookups() {
        return LOOKUPS.get();
    }

    @Override
    public Uni<MxAnswer> mx(String name) {
        LOOKUPS.incrementAndGet();
        if (BROKEN.containsKey(name)) {
            return Uni.createFrom().failure(
                    new DnsLookupException("MX lookup for " + name + " failed: " + BROKEN.get(name), false, null));
        }
        return Uni.createFrom().item(ZONES.getOrDefault(name, MxAnswer.noSuchDomain()));
    }

    private static String fqdn(String domain) {
        return domain.endsWith(".") ? domain : domain + ".";
    }
}
