package io.kumofleet.kumod;

import io.netty.util.NetUtil;
import java.net.IDN;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A mail domain as kumod classifies it before MX resolution ({@code DomainClassification}): a DNS
 * name, fully qualified and lower-cased (punycode for international names), with an optional
 * {@code :port}; or an address literal such as {@code [10.0.0.1]} or {@code [IPv6:::1]}, whose
 * site is the address itself and needs no lookup.
 *
 * @param name the fully qualified name with its trailing dot, or null for a literal
 * @param port the port after the name or literal, or null
 * @param literalSite the site name of a literal (kumod prints the address), or null
 */
public record MailDomain(String name, Integer port, String literalSite) {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?");
    private static final Pattern IPV4 = Pattern.compile("(?:(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}"
            + "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9a-f:.]+");

    /** Classifies {@code text}; throws {@link IllegalArgumentException} saying what is wrong with it. */
    public static MailDomain parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the domain is empty");
        }
        SiteName.HostPort split = SiteName.HostPort.of(text.trim());
        if (split.host().startsWith("[")) {
            return literal(split.host(), split.port());
        }
        return new MailDomain(dnsName(split.host()), split.port(), null);
    }

    /** True for an address literal. */
    public boolean isLiteral() {
        return literalSite != null;
    }

    private static String dnsName(String text) {
        String ascii;
        try {
            ascii = IDN.toASCII(text, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a domain name: " + e.getMessage());
        }
        String bare = ascii.endsWith(".") ? ascii.substring(0, ascii.length() - 1) : ascii;
        if (bare.isEmpty() || bare.length() > 253) {
            throw new IllegalArgumentException("'" + text + "' is not a domain name");
        }
        for (String label : bare.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                throw new IllegalArgumentException("'" + text + "' is not a domain name: label '" + label
                        + "' must be 1 to 63 letters, digits, '-' or '_', not starting or ending with '-'");
            }
        }
        return bare + ".";
    }

    private static MailDomain literal(String text, Integer outerPort) {
        if (!text.endsWith("]")) {
            throw new IllegalArgumentException("'" + text + "' is a malformed literal domain with no trailing ']'");
        }
        String inside = text.substring(1, text.length() - 1).toLowerCase(Locale.ROOT);
        Integer port = outerPort;
        SiteName.HostPort innerSplit = SiteName.HostPort.of(inside);
        if (innerSplit.port() != null) {
            if (outerPort != null) {
                throw new IllegalArgumentException("'" + text + "' has a port both inside and outside the brackets");
            }
            port = innerSplit.port();
            inside = innerSplit.host();
        }
        boolean tagged = inside.startsWith("ipv6:");
        String address = tagged ? inside.substring(5) : inside;
        String formatted = !tagged && IPV4.matcher(address).matches() ? address : ipv6(address, text);
        String site = port == null ? formatted
                : (formatted.indexOf(':') >= 0 ? "[" + formatted + "]" : formatted) + ":" + port;
        return new MailDomain(null, port, site);
    }

    /** The address as Rust prints an {@code Ipv6Addr} (RFC 5952, Netty's), without ever asking DNS. */
    private static String ipv6(String address, String text) {
        if (address.indexOf(':') < 0 || !IPV6_CHARS.matcher(address).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an address literal");
        }
        InetAddress parsed;
        try {
            // Brackets make Java treat the text as an IPv6 literal, so a typo is refused, never looked up.
            parsed = InetAddress.getByName("[" + address + "]");
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + text + "' is not an address literal");
        }
        if (parsed instanceof Inet4Address v4) {
            return "::ffff:" + v4.getHostAddress();
        }
        return NetUtil.bytesToIpAddress(((Inet6Address) parsed).getAddress());
    }
}
