package io.kumofleet.cli.kcli;

import io.kumofleet.kumo.Credentials;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A URL read the way kcli's {@code url} crate reads the endpoint and xfer's {@code --target}: the
 * same accepted forms, the same normalisation (lower-case host, default port dropped, {@code /}
 * path) and the same error texts, e.g. {@code relative URL without a base}.
 *
 * @param userInfo raw {@code user:password}, or null; never part of {@link #redacted()}
 * @param host null for a URL without an authority (kcli cannot use those)
 * @param port -1 for the scheme's default port
 */
record KcliUrl(String scheme, String userInfo, String host, int port, String path, String query) {

    private static final Map<String, Integer> SPECIAL = Map.of("http", 80, "https", 443, "ws", 80, "wss", 443, "ftp", 21);
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern TAB_OR_NEWLINE = Pattern.compile("[\t\n\r]");
    private static final String FORBIDDEN_HOST = "\0\t\n\r #/:<>?@[\\]^|%\u007f";

    /** A URL the {@code url} crate refuses, with that crate's message. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    /** Parses like {@code Url::parse}. */
    static KcliUrl parse(String input) throws Invalid {
        String text = TAB_OR_NEWLINE.matcher(input.strip()).replaceAll("");
        var scheme = SCHEME.matcher(text);
        if (!scheme.find()) {
            throw new Invalid("relative URL without a base");
        }
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        String rest = text.substring(scheme.end());
        boolean special = SPECIAL.containsKey(name);
        if (!special && !rest.startsWith("//")) {
            return new KcliUrl(name, null, null, -1, rest, null);
        }
        rest = special ? rest.replaceFirst("^[/\\\\]*", "") : rest.substring(2);
        int end = indexOfAny(rest, special ? "/\\?#" : "/?#");
        String authority = rest.substring(0, end);
        String tail = rest.substring(end);
        int fragment = tail.indexOf('#');
        if (fragment >= 0) {
            tail = tail.substring(0, fragment);
        }
        int question = tail.indexOf('?');
        String query = question < 0 ? null : tail.substring(question + 1);
        String path = question < 0 ? tail : tail.substring(0, question);
        if (special) {
            path = path.replace('\\', '/');
            path = path.isEmpty() ? "/" : path;
        }
        int at = authority.lastIndexOf('@');
        String userInfo = at < 0 ? null : authority.substring(0, at);
        String hostPort = authority.substring(at + 1);
        int colon = hostPort.lastIndexOf(':');
        if (colon >= 0 && hostPort.indexOf(']', colon) >= 0) {
            colon = -1;
        }
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        int port = colon < 0 ? -1 : port(hostPort.substring(colon + 1));
        if (special && port == SPECIAL.get(name)) {
            port = -1;
        }
        if (host.isEmpty() && special) {
            throw new Invalid("empty host");
        }
        return new KcliUrl(name, userInfo, host(host), port, path, query);
    }

    /** Whether kcli's HTTP client would send requests to it at all. */
    boolean isHttp() {
        return scheme.equals("http") || scheme.equals("https");
    }

    /**
     * This URL with an absolute path and optional query, like {@code Url::join("/api/...")}: the
     * endpoint's own path is discarded.
     */
    KcliUrl join(String pathAndQuery) throws Invalid {
        if (host == null) {
            throw new Invalid("relative URL with a cannot-be-a-base base");
        }
        int question = pathAndQuery.indexOf('?');
        return question < 0
                ? new KcliUrl(scheme, userInfo, host, port, pathAndQuery, null)
                : new KcliUrl(scheme, userInfo, host, port, pathAndQuery.substring(0, question),
                        pathAndQuery.substring(question + 1));
    }

    /** The origin, for the node client: scheme, host and port only. */
    URI origin() {
        return URI.create(scheme + "://" + host + (port < 0 ? "" : ":" + port));
    }

    /** HTTP Basic credentials from the user info, as reqwest sends them; none without user info. */
    Credentials credentials() {
        if (userInfo == null) {
            return Credentials.none();
        }
        int colon = userInfo.indexOf(':');
        String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
        String password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        return user.isEmpty() && password == null ? Credentials.none() : new Credentials.Basic(user, password);
    }

    /** The URL as the {@code url} crate writes it, user info left out so that no password is ever shown. */
    String redacted() {
        return serialize(false);
    }

    /** The URL as the {@code url} crate writes it, user info included (e.g. xfer's target). */
    @Override
    public String toString() {
        return serialize(true);
    }

    private String serialize(boolean withUserInfo) {
        StringBuilder url = new StringBuilder(scheme).append(':');
        if (host != null) {
            url.append("//");
            if (withUserInfo && userInfo != null && !userInfo.isEmpty()) {
                url.append(userInfo).append('@');
            }
            url.append(host);
            if (port >= 0) {
                url.append(':').append(port);
            }
        }
        url.append(path);
        if (query != null) {
            url.append('?').append(query);
        }
        return url.toString();
    }

    private static int port(String digits) throws Invalid {
        if (digits.isEmpty()) {
            return -1;
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9') || digits.length() > 5
                || Integer.parseInt(digits) > 65535) {
            throw new Invalid("invalid port number");
        }
        return Integer.parseInt(digits);
    }

    private static String host(String raw) throws Invalid {
        if (raw.startsWith("[")) {
            if (!raw.endsWith("]") || !raw.substring(1, raw.length() - 1).matches("[0-9A-Fa-f:.]+")) {
                throw new Invalid("invalid IPv6 address");
            }
            return raw.toLowerCase(Locale.ROOT);
        }
        String host = decode(raw).toLowerCase(Locale.ROOT);
        for (char c : host.toCharArray()) {
            if (FORBIDDEN_HOST.indexOf(c) >= 0 || c < 0x20) {
                throw new Invalid("invalid domain character");
            }
        }
        String[] labels = host.split("\\.", -1);
        String last = labels[labels.length - 1].isEmpty() && labels.length > 1 ? labels[labels.length - 2] : labels[labels.length - 1];
        return last.matches("[0-9]+|0[xX][0-9A-Fa-f]*") ? ipv4(host) : host;
    }

    /** WHATWG IPv4 parsing: 1 to 4 parts, decimal, octal or hex, the last part filling the rest. */
    private static String ipv4(String host) throws Invalid {
        String[] parts = (host.endsWith(".") ? host.substring(0, host.length() - 1) : host).split("\\.", -1);
        if (parts.length > 4) {
            throw new Invalid("invalid IPv4 address");
        }
        long[] numbers = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            numbers[i] = ipv4Number(parts[i]);
            if (i < parts.length - 1 && numbers[i] > 255) {
                throw new Invalid("invalid IPv4 address");
            }
        }
        long address = numbers[parts.length - 1];
        if (address >= 1L << (8 * (5 - parts.length))) {
            throw new Invalid("invalid IPv4 address");
        }
        for (int i = 0; i < parts.length - 1; i++) {
            address += numbers[i] << (8 * (3 - i));
        }
        return (address >>> 24) + "." + ((address >>> 16) & 255) + "." + ((address >>> 8) & 255) + "." + (address & 255);
    }

    private static long ipv4Number(String part) throws Invalid {
        try {
            if (part.startsWith("0x") || part.startsWith("0X")) {
                return part.length() == 2 ? 0 : Long.parseLong(part.substring(2), 16);
            }
            if (part.length() > 1 && part.startsWith("0")) {
                return Long.parseLong(part.substring(1), 8);
            }
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            throw new Invalid("invalid IPv4 address");
        }
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    /** Percent-decoding where {@code +} stays a plus sign and a malformed escape stays as written. */
    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw;
        }
    }
}
