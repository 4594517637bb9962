package io.kumofleet.kumo;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * How to reach one node, derived from its {@link KumoEndpoint}: the origin only (kcli discards any
 * path prefix too), and the Authorization header, taken from the URL's user info when the endpoint
 * has no credentials, as kcli's reqwest does.
 */
record NodeTarget(String node, URI origin, boolean tls, String host, int port, Credentials credentials) {

    static NodeTarget of(KumoEndpoint endpoint) {
        URI url = endpoint.baseUrl();
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("node " + endpoint.name() + ": the endpoint must be an http:// or https:// URL, got "
                    + safe(url));
        }
        if (url.getHost() == null) {
            throw new IllegalArgumentException("node " + endpoint.name() + ": the endpoint has no host: " + safe(url));
        }
        boolean tls = scheme.equals("https");
        int port = url.getPort() >= 0 ? url.getPort() : tls ? 443 : 80;
        URI origin = URI.create(scheme + "://" + url.getRawAuthority().substring(url.getRawAuthority().indexOf('@') + 1));
        Credentials credentials = endpoint.credentials();
        if (credentials instanceof Credentials.None && url.getRawUserInfo() != null) {
            credentials = fromUserInfo(url.getRawUserInfo());
        }
        return new NodeTarget(endpoint.name(), origin, tls, url.getHost(), port, credentials);
    }

    /** The Authorization header to send preemptively, if any. */
    Optional<String> authorization() {
        return credentials.authorizationHeader();
    }

    /** The URL of a path on the node, e.g. for messages: never holds credentials. */
    String url(String path) {
        return origin + path;
    }

    /** The endpoint URL without user info, for messages. */
    static String safe(URI url) {
        if (url.getRawUserInfo() == null) {
            return url.toString();
        }
        return url.toString().replace(url.getRawUserInfo() + "@", "");
    }

    private static Credentials fromUserInfo(String rawUserInfo) {
        int colon = rawUserInfo.indexOf(':');
        String user = percentDecode(colon < 0 ? rawUserInfo : rawUserInfo.substring(0, colon));
        String password = colon < 0 ? null : percentDecode(rawUserInfo.substring(colon + 1));
        return new Credentials.Basic(user, password);
    }

    /** URL user info is percent-encoded, where {@code +} is a plus sign, not a space. */
    private static String percentDecode(String raw) {
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
