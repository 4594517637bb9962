package io.kumofleet.kumod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduledQueueNameTest {

    private static String orNull(String s) {
        return "~".equals(s) ? null : s;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // name | campaign | tenant | domain | routing domain   ("~" = absent)
        "example.com|~|~|example.com|~",
        "tenant@example.com|~|tenant|example.com|~",
        "campaign_name:tenant_name@example.com|campaign_name|tenant_name|example.com|~",
        "campaign:@example.com|campaign||example.com|~",
        "tenant@example.com!smarthost.example.net|~|tenant|example.com|smarthost.example.net",
        "c:t@example.com!r.example.net|c|t|example.com|r.example.net",
        "campaign:@foo.com!routing.com:2025|campaign||foo.com|routing.com:2025",
        "foo.com:2025|~|~|foo.com:2025|~",
        "foo.com!routing.com:2025|~|~|foo.com|routing.com:2025",
        "tenant@foo.com!routing.com:2025|~|tenant|foo.com|routing.com:2025",
        "[1.2.3.4]|~|~|[1.2.3.4]|~",
        "t@[1.2.3.4]|~|t|[1.2.3.4]|~",
        "a:b:c@d@e!f!g|a|b:c|d@e|f!g",
        "@example.com|~||example.com|~",
        "null|~|~|null|~",
        "http://10.0.0.1:8000/.xfer.kumomta.internal|~|~|http://10.0.0.1:8000/.xfer.kumomta.internal|~",
    })
    void parsesLikeKumod(String name, String campaign, String tenant, String domain, String routing) {
        ScheduledQueueName parsed = ScheduledQueueName.parse(name);
        assertEquals(orNull(campaign), parsed.campaign());
        assertEquals(tenant == null ? "" : orNull(tenant), parsed.tenant());
        assertEquals(domain, parsed.domain());
        assertEquals(orNull(routing), parsed.routingDomain());
    }

    @ParameterizedTest
    @CsvSource({
        "example.com", "tenant@example.com", "c:t@example.com", "c:@example.com",
        "t@example.com!smarthost.example.net", "example.com!r.net", "c:t@d.com!r.com:2025",
    })
    void formatsBackToTheSameName(String name) {
        assertEquals(name, ScheduledQueueName.parse(name).toString());
    }

    @Test
    void formatTreatsMissingTenantWithCampaignAsEmpty() {
        assertEquals("c:@d.com", ScheduledQueueName.format("c", null, "d.com", null));
        assertEquals("d.com!r", ScheduledQueueName.format(null, null, "d.com", "r"));
        assertNull(ScheduledQueueName.parse("d.com").tenant());
    }

    @Test
    void recognisesXferQueues() {
        assertTrue(ScheduledQueueName.isXferQueue("http://10.0.0.1:8000/.xfer.kumomta.internal"));
        assertFalse(ScheduledQueueName.isXferQueue("example.com"));
        assertEquals("r.net", ScheduledQueueName.parse("t@d.com!r.net").effectiveDomain());
        assertEquals("d.com", ScheduledQueueName.parse("t@d.com").effectiveDomain());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "unspecified->gmail.com@smtp_client;unspecified;gmail.com;smtp_client;smtp_client",
        "my-source->(alt1|alt2|alt3|alt4)?.gmail-smtp-in.l.google.com@smtp_client;my-source;(alt1|alt2|alt3|alt4)?.gmail-smtp-in.l.google.com;smtp_client;smtp_client",
        "unspecified->http://127.0.0.1:8008.tsa.kumomta@lua:make.http://127.0.0.1:8008.tsa.kumomta;unspecified;http://127.0.0.1:8008.tsa.kumomta;lua:make.http://127.0.0.1:8008.tsa.kumomta;lua",
        "src->mx_list:a.example.com,b.example.com@smtp_client;src;mx_list:a.example.com,b.example.com;smtp_client;smtp_client",
        "src->example.com@maildir:/var/mail/x@y;src;example.com;maildir:/var/mail/x@y;maildir",
        "src->http://10.0.0.1:8000/@xfer;src;http://10.0.0.1:8000/;xfer;xfer",
    })
    void parsesReadyQueueNames(String name, String source, String site, String proto, String metricsProto) {
        ReadyQueueName parsed = ReadyQueueName.parse(name);
        assertEquals(source, parsed.source());
        assertEquals(site, parsed.site());
        assertEquals(proto, parsed.protocol());
        assertEquals(metricsProto, parsed.metricsProtocol());
        assertEquals(name, parsed.toString());
    }

    @Test
    void readyQueueNameWithoutProtocolKeepsEverythingAsSite() {
        ReadyQueueName parsed = ReadyQueueName.parse("src->weird@thing");
        assertEquals("src", parsed.source());
        assertEquals("weird@thing", parsed.site());
        assertNull(parsed.protocol());
        assertEquals("src->weird@thing", parsed.toString());
        assertEquals("a->b@smtp_client", ReadyQueueName.format("a", "b", "smtp_client"));
    }
}
