package io.kumofleet.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumofleet.support.LoopbackDns;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The production resolver against a tiny DNS server on loopback that answers from a fixed zone. */
class DnsjavaMxResolverTest {

    private LoopbackDns dns;

    @BeforeEach
    void startServer() throws Exception {
        dns = LoopbackDns.start()
                .mx("gmail.com", "5 gmail-smtp-in.l.google.com.", "10 alt1.gmail-smtp-in.l.google.com.")
                .mx("www.example.com")
                .servfail("servfail.example");
    }

    @AfterEach
    void stopServer() {
        dns.close();
    }

    @Test
    void readsMxRecordsNoRecordsAndNxdomain() throws Exception {
        MxResolver resolver = new DnsjavaMxResolver(Optional.of(dns.address()), Duration.ofSeconds(2));

        assertThat(resolver.mx("gmail.com.").await().indefinitely()).isEqualTo(new MxAnswer(List.of(
                new MxAnswer.Mx(5, "gmail-smtp-in.l.google.com."), new MxAnswer.Mx(10, "alt1.gmail-smtp-in.l.google.com.")),
                false));
        assertThat(resolver.mx("www.example.com.").await().indefinitely()).isEqualTo(new MxAnswer(List.of(), false));
        assertThat(resolver.mx("missing.example.").await().indefinitely()).isEqualTo(MxAnswer.noSuchDomain());
        assertThatThrownBy(() -> resolver.mx("servfail.example.").await().indefinitely())
                .isInstanceOf(DnsLookupException.class).hasMessageContaining("SERVFAIL");
    }

    @Test
    void serverAddressesTakeAnOptionalPort() {
        assertThat(DnsjavaMxResolver.address("127.0.0.1").getPort()).isEqualTo(53);
        assertThat(DnsjavaMxResolver.address("127.0.0.1:5353").getPort()).isEqualTo(5353);
        assertThat(DnsjavaMxResolver.address("[::1]:5353").getAddress().getHostAddress()).isEqualTo("0:0:0:0:0:0:0:1");
        assertThat(DnsjavaMxResolver.address("::1").getPort()).isEqualTo(53);
    }
}
