package io.kumofleet.kumod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MailDomainTest {

    @Test
    void namesAreFullyQualifiedLowerCasedAndPunycoded() {
        assertThat(MailDomain.parse("Gmail.COM")).isEqualTo(new MailDomain("gmail.com.", null, null));
        assertThat(MailDomain.parse("gmail.com.")).isEqualTo(new MailDomain("gmail.com.", null, null));
        assertThat(MailDomain.parse("öbb.at").name()).isEqualTo("xn--bb-eka.at.");
        assertThat(MailDomain.parse("routing.com:2025")).isEqualTo(new MailDomain("routing.com.", 2025, null));
    }

    @Test
    void literalsAreTheirOwnSiteAsKumodPrintsThem() {
        assertThat(MailDomain.parse("[127.0.0.1]").literalSite()).isEqualTo("127.0.0.1");
        assertThat(MailDomain.parse("[::1]").literalSite()).isEqualTo("::1");
        assertThat(MailDomain.parse("[IPv6:::1]").literalSite()).isEqualTo("::1");
        assertThat(MailDomain.parse("[IPv6:2001:DB8:0:0:1:0:0:1]").literalSite()).isEqualTo("2001:db8::1:0:0:1");
        assertThat(MailDomain.parse("[10.0.0.1]:2525").literalSite()).isEqualTo("10.0.0.1:2525");
        assertThat(MailDomain.parse("[10.0.0.1:2525]").literalSite()).isEqualTo("10.0.0.1:2525");
    }

    @Test
    void malformedDomainsAreRefusedWithAReason() {
        assertThatThrownBy(() -> MailDomain.parse("")).hasMessageContaining("empty");
        assertThatThrownBy(() -> MailDomain.parse("exa mple.com")).hasMessageContaining("not a domain name");
        assertThatThrownBy(() -> MailDomain.parse("tenant@example.com")).hasMessageContaining("not a domain name");
        assertThatThrownBy(() -> MailDomain.parse("a..b")).hasMessageContaining("not a domain name");
        assertThatThrownBy(() -> MailDomain.parse("-a.example")).hasMessageContaining("label '-a'");
        assertThatThrownBy(() -> MailDomain.parse("[10.0.0.1")).hasMessageContaining("no trailing ']'");
        assertThatThrownBy(() -> MailDomain.parse("[10.0.0.256]")).hasMessageContaining("not an address literal");
        assertThatThrownBy(() -> MailDomain.parse("[mail.example.com]")).hasMessageContaining("not an address literal");
        // has_colon_port never splits a label holding ':', so kumod refuses these as unterminated literals.
        assertThatThrownBy(() -> MailDomain.parse("[IPv6:::1]:25")).hasMessageContaining("no trailing ']'");
        assertThatThrownBy(() -> MailDomain.parse("[10.0.0.1:25]:25")).hasMessageContaining("no trailing ']'");
    }
}
