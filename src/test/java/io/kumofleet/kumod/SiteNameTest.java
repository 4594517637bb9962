package io.kumofleet.kumod;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** kumod's own {@code factor_names} cases ({@code crates/mailexchanger/src/lib.rs}), plus its MX snapshots. */
class SiteNameTest {

    @Test
    void nameFactoring() {
        assertThat(SiteName.factor(List.of("mta5.am0.yahoodns.net", "mta6.am0.yahoodns.net", "mta7.am0.yahoodns.net")))
                .isEqualTo("(mta5|mta6|mta7).am0.yahoodns.net");
    }

    @Test
    void caseIsNormalisedToLowercase() {
        assertThat(SiteName.factor(List.of("mta5.AM0.yahoodns.net", "mta6.am0.yAHOodns.net", "mta7.am0.yahoodns.net")))
                .isEqualTo("(mta5|mta6|mta7).am0.yahoodns.net");
    }

    @Test
    void mismatchedLengthsMakeAnOptionalLabel() {
        assertThat(SiteName.factor(List.of("gmail-smtp-in.l.google.com", "alt1.gmail-smtp-in.l.google.com",
                "alt2.gmail-smtp-in.l.google.com", "alt3.gmail-smtp-in.l.google.com", "alt4.gmail-smtp-in.l.google.com")))
                .isEqualTo("(alt1|alt2|alt3|alt4)?.gmail-smtp-in.l.google.com");
    }

    @Test
    void aPortSticksToTheLastLabel() {
        assertThat(SiteName.factor(List.of("mta5.am0.yahoodns.net:123", "mta6.am0.yahoodns.net:123",
                "mta7.am0.yahoodns.net:123")))
                .isEqualTo("(mta5|mta6|mta7).am0.yahoodns.net:123");
        assertThat(SiteName.factor(List.of("mta5.am0.yahoodns.net:123", "mta6.am0.yahoodns.net:456",
                "mta7.am0.yahoodns.net:123")))
                .isEqualTo("(mta5|mta6|mta7).am0.yahoodns.(net:123|net:456)");
    }

    @Test
    void orderIsPreservedSoTheSameNamesInAnotherOrderAreAnotherSite() {
        assertThat(SiteName.factor(List.of("example-com.mail.protection.outlook.com.", "mx-biz.mail.am0.yahoodns.net.",
                "mx-biz.mail.am0.yahoodns.net.")))
                .isEqualTo("(example-com|mx-biz).mail.(protection|am0).(outlook|yahoodns).(com|net)");
        assertThat(SiteName.factor(List.of("mx-biz.mail.am0.yahoodns.net.", "mx-biz.mail.am0.yahoodns.net.",
                "example-com.mail.protection.outlook.com.")))
                .isEqualTo("(mx-biz|example-com).mail.(am0|protection).(yahoodns|outlook).(net|com)");
    }

    @Test
    void kumodMxSnapshots() {
        // lookup_single_mx, mx_lookup_no_mx_falls_back_to_a and lookup_null_mx
        assertThat(SiteName.factor(List.of("do.havedane.net."))).isEqualTo("do.havedane.net");
        assertThat(SiteName.factor(List.of("www.example.com."))).isEqualTo("www.example.com");
        assertThat(SiteName.factor(List.of("."))).isEmpty();
    }

    @Test
    void namesThatAreNotDnsNamesAreLeftOut() {
        assertThat(SiteName.factor(List.of("a..example.com", "mx.example.com"))).isEqualTo("mx.example.com");
        assertThat(SiteName.factor(List.of("x".repeat(64) + ".example.com"))).isEmpty();
    }

    @Test
    void colonPortIsSplitLikeHasColonPort() {
        assertThat(SiteName.HostPort.of("mx.example.com:25")).isEqualTo(new SiteName.HostPort("mx.example.com", 25));
        assertThat(SiteName.HostPort.of("mx.example.com:+25")).isEqualTo(new SiteName.HostPort("mx.example.com", 25));
        assertThat(SiteName.HostPort.of("mx.example.com:70000").port()).isNull();
        assertThat(SiteName.HostPort.of("::1").port()).isNull();
        assertThat(SiteName.HostPort.of("mx.example.com:").port()).isNull();
    }
}
