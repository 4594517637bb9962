package io.kumofleet.kumo;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Where and how to reach one kumod admin listener. {@code toString} never shows credentials.
 *
 * @param name the node's name in the fleet (used in errors and metrics)
 * @param baseUrl scheme, host and port; any path is ignored, as kcli ignores it
 * @param credentials what to send preemptively (kumod never sends a challenge)
 * @param timeout total time allowed for one call
 * @param trustAll accept any TLS certificate (self-signed listeners)
 * @param caCert PEM file of the CA that signs the node's certificate
 */
public record KumoEndpoint(
        String name,
        URI baseUrl,
        Credentials credentials,
        Duration timeout,
        boolean trustAll,
        Optional<Path> caCert) {

    /** A plain endpoint: no credentials, default TLS trust. */
    public static KumoEndpoint of(String name, URI baseUrl, Duration timeout) {
        return new KumoEndpoint(name, baseUrl, Credentials.none(), timeout, false, Optional.empty());
    }

    @Override
    public String toString() {
        return "KumoEndpoint[" + name + " " + NodeTarget.safe(baseUrl) + " credentials=" + credentials.kind() + "]";
    }
}
