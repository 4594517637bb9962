package io.kumofleet.kumo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How an endpoint URL becomes a node target, the kcli way. */
class KumoNodeTargetTest {

    @Test
    void keepsOnlyTheOrigin() {
        NodeTarget target = NodeTarget.of(endpoint("http://10.0.0.5:8000/some/prefix/?x=1", Credentials.none()));
        assertEquals(URI.create("http://10.0.0.5:8000"), target.origin());
        assertEquals("10.0.0.5", target.host());
        assertEquals(8000, target.port());
        assertFalse(target.tls());
        assertEquals("http://10.0.0.5:8000/metrics", target.url("/metrics"));
    }

    @Test
    void defaultsThePortFromTheScheme() {
        assertEquals(80, NodeTarget.of(endpoint("http://mta1", Credentials.none())).port());
        NodeTarget secure = NodeTarget.of(endpoint("HTTPS://mta1/", Credentials.none()));
        assertEquals(443, secure.port());
        assertTrue(secure.tls());
    }

    @Test
    void takesBasicCredentialsFromTheUserInfoLikeKcli() {
        NodeTarget target = NodeTarget.of(endpoint("http://dan%40corp:p%3Ass+word@mta1:8000", Credentials.none()));
        assertEquals(new Credentials.Basic("dan@corp", "p:ss+word"), target.credentials());
        assertEquals(URI.create("http://mta1:8000"), target.origin());
        assertFalse(target.toString().contains("ss+word"), target.toString());
    }

    @Test
    void explicitCredentialsWinOverUserInfo() {
        NodeTarget target = NodeTarget.of(endpoint("http://u:p@mta1:8000", new Credentials.Bearer("t")));
        assertEquals(new Credentials.Bearer("t"), target.credentials());
    }

    @Test
    void theEndpointNeverShowsThePassword() {
        KumoEndpoint endpoint = endpoint("http://u:hunter2@mta1:8000", Credentials.none());
        assertEquals("KumoEndpoint[n1 http://mta1:8000 credentials=none]", endpoint.toString());
    }

    @Test
    void refusesWhatIsNotAnHttpUrl() {
        var scheme = assertThrows(IllegalArgumentException.class,
                () -> NodeTarget.of(endpoint("ftp://u:secret@mta1", Credentials.none())));
        assertEquals("node n1: the endpoint must be an http:// or https:// URL, got ftp://mta1", scheme.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NodeTarget.of(endpoint("127.0.0.1:8000", Credentials.none())));
    }

    private static KumoEndpoint endpoint(String url, Credentials credentials) {
        return new KumoEndpoint("n1", URI.create(url), credentials, Duration.ofSeconds(5), false, Optional.empty());
    }
}
