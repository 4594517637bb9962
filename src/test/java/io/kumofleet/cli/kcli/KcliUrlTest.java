package io.kumofleet.cli.kcli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kumofleet.kumo.Credentials;
import org.junit.jupiter.api.Test;

/** Endpoint and --target URLs as the url crate reads and writes them. */
class KcliUrlTest {

    private static String url(String text) throws KcliUrl.Invalid {
        return KcliUrl.parse(text).toString();
    }

    private static String error(String text) {
        return assertThrows(KcliUrl.Invalid.class, () -> KcliUrl.parse(text).join("/api")).getMessage();
    }

    @Test
    void normalisesLikeTheUrlCrate() throws Exception {
        assertEquals("http://127.0.0.1:8000/", url("http://127.0.0.1:8000"));
        assertEquals("http://example.com/x?y", url(" HTTP://Example.COM:80/x?y#z "));
        assertEquals("https://h/", url("https://h:443"));
        assertEquals("http://127.0.0.1/", url("http://127.1"));
        assertEquals("http://127.0.0.1/", url("http://0x7f.0.0.1"));
        assertEquals("http://[::1]:8000/", url("http://[::1]:8000"));
        assertEquals("http://h:1/", url("http:\\\\h:1"));
        assertEquals("http://u:p@h:1/", url("http://u:p@h:1"));
    }

    @Test
    void joinKeepsOnlyTheOriginAndHidesUserInfoInMessages() throws Exception {
        KcliUrl endpoint = KcliUrl.parse("http://ops:pa%40ss@h:8000/prefix/");
        assertEquals("http://h:8000/api/admin/inspect-message/v1?id=1", endpoint.join("/api/admin/inspect-message/v1?id=1").redacted());
        assertEquals("http://h:8000", endpoint.origin().toString());
        assertEquals(new Credentials.Basic("ops", "pa@ss"), endpoint.credentials());
        assertEquals(new Credentials.Basic("ops", null), KcliUrl.parse("http://ops@h").credentials());
        assertEquals(Credentials.none(), KcliUrl.parse("http://h").credentials());
    }

    @Test
    void refusesWithTheUrlCratesMessages() {
        assertEquals("relative URL without a base", error(""));
        assertEquals("relative URL without a base", error("127.0.0.1:8000"));
        assertEquals("relative URL with a cannot-be-a-base base", error("localhost:8000"));
        assertEquals("empty host", error("http://"));
        assertEquals("empty host", error("http://user@:80"));
        assertEquals("invalid port number", error("http://h:65536"));
        assertEquals("invalid port number", error("http://h:8o"));
        assertEquals("invalid IPv4 address", error("http://256.0.0.1"));
        assertEquals("invalid IPv6 address", error("http://[::1"));
        assertEquals("invalid domain character", error("http://a b"));
    }
}
