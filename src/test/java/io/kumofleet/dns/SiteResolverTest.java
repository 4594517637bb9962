package io.kumofleet.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumofleet.support.StubMxResolver;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** kumod's MX snapshots ({@code crates/mailexchanger/src/lib.rs}) through the stub resolver. */
class SiteResolverTest {

    private final SiteResolver sites = new SiteResolver(new StubMxResolver(), 4);

    @AfterEach
    void clear() {
        StubMxResolver.clear();
    }

    @Test
    void gmailIsFactoredByPreferenceOrder() {
        StubMxResolver.mx("gmail.com", "20 alt2.gmail-smtp-in.l.google.com.", "5 gmail-smtp-in.l.google.com.",
                "40 alt4.gmail-smtp-in.l.google.com.", "10 alt1.gmail-smtp-in.l.google.com.",
                "30 alt3.gmail-smtp-in.l.google.com.");
        assertThat(site("gmail.com")).isEqualTo("(alt1|alt2|alt3|alt4)?.gmail-smtp-in.l.google.com");
        assertThat(site("GMAIL.com.")).isEqualTo("(alt1|alt2|alt3|alt4)?.gmail-smtp-in.l.google.com");
    }

    @Test
    void hostsOfOnePreferenceAreSortedByName() {
        StubMxResolver.mx("yahoo.com", "1 MTA7.am0.yahoodns.net.", "1 mta5.am0.yahoodns.net.", "1 mta6.am0.yahoodns.net.");
        assertThat(site("yahoo.com")).isEqualTo("(mta5|mta6|mta7).am0.yahoodns.net");
    }

    @Test
    void singleMxNoMxNullMxAndPorts() {
        StubMxResolver.mx("do.havedane.net", "10 do.havedane.net.");
        StubMxResolver.noMx("www.example.com");
        StubMxResolver.noMx("xn--bb-eka.at");
        StubMxResolver.mx("example.com", "0 .");
        StubMxResolver.mx("routing.com", "10 mx1.routing.com.", "10 mx2.routing.com.");
        assertThat(site("do.havedane.net")).isEqualTo("do.havedane.net");
        assertThat(site("www.example.com")).isEqualTo("www.example.com");
        assertThat(site("öbb.at")).isEqualTo("xn--bb-eka.at");
        assertThat(site("example.com")).isEmpty();
        assertThat(site("routing.com:2025")).isEqualTo("(mx1|mx2).routing.com:2025");
        assertThat(site("[127.0.0.1]")).isEqualTo("127.0.0.1");
    }

    @Test
    void aDomainThatDoesNotExistOrFailsIsAnError() {
        StubMxResolver.broken("broken.example");
        assertThatThrownBy(() -> site("not-mairs.aasland.com")).isInstanceOfSatisfying(DnsLookupException.class,
                e -> assertThat(e.noSuchDomain()).isTrue());
        assertThatThrownBy(() -> site("broken.example")).isInstanceOfSatisfying(DnsLookupException.class,
                e -> assertThat(e.noSuchDomain()).isFalse());
    }

    @Test
    void manyDomainsLeaveOutWhatDoesNotResolve() {
        StubMxResolver.mx("a.example", "10 mx.a.example.");
        StubMxResolver.noMx("b.example");
        StubMxResolver.broken("c.example");
        Map<String, String> resolved = sites.sites(List.of("a.example", "b.example", "c.example", "d.example",
                "tenant@a.example", "http://10.0.0.1:8000/.xfer.kumomta.internal")).await().indefinitely();
        assertThat(resolved).containsOnly(Map.entry("a.example", "mx.a.example"), Map.entry("b.example", "b.example"));
    }

    private String site(String domain) {
        return sites.site(domain).await().indefinitely();
    }
}
