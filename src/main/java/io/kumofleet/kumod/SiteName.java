package io.kumofleet.kumod;

import java.net.IDN;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * kumod's site name for an ordered list of MX hosts ({@code factor_names} in
 * {@code crates/mailexchanger/src/lib.rs}): the names are fully qualified and lower-cased, split
 * into labels from the right, and each label position becomes the one label all names share or an
 * alternation {@code (a|b)} in first-seen order, with {@code ?} where some names are shorter.
 * A {@code :port} suffix sticks to the last label. Names that are not valid DNS names are left out.
 *
 * <p>Example: {@code gmail-smtp-in.l.google.com}, {@code alt1.gmail-smtp-in.l.google.com}, …,
 * {@code alt4.…} give {@code (alt1|alt2|alt3|alt4)?.gmail-smtp-in.l.google.com}.
 */
public final class SiteName {

    private static final String ABSENT = "?";
    private static final int MAX_LABEL = 63;
    private static final int MAX_NAME = 255;

    private SiteName() {}

    /** The factored site name of {@code hosts}, in their order (which matters: it decides alternation order). */
    public static String factor(List<String> hosts) {
        List<List<String>> reversed = new ArrayList<>();
        int longest = 0;
        for (String host : hosts) {
            HostPort split = HostPort.of(host);
            List<String> labels = labels(split.host());
            if (labels == null) {
                continue;
            }
            if (split.port() != null && !labels.isEmpty()) {
                labels.set(labels.size() - 1, labels.get(labels.size() - 1) + ":" + split.port());
            }
            Collections.reverse(labels);
            longest = Math.max(longest, labels.size());
            reversed.add(labels);
        }
        List<List<String>> positions = new ArrayList<>();
        for (List<String> labels : reversed) {
            for (int i = 0; i < longest; i++) {
                String label = i < labels.size() ? labels.get(i) : ABSENT;
                if (i == positions.size()) {
                    positions.add(new ArrayList<>());
                }
                if (!positions.get(i).contains(label)) {
                    positions.get(i).add(label);
                }
            }
        }
        List<String> parts = new ArrayList<>(positions.size());
        for (List<String> choices : positions) {
            boolean optional = choices.remove(ABSENT);
            String part = choices.size() == 1 ? choices.get(0) : "(" + String.join("|", choices) + ")";
            parts.add(optional ? part + ABSENT : part);
        }
        Collections.reverse(parts);
        return String.join(".", parts);
    }

    /**
     * The labels of {@code name} as hickory's relaxed parser and {@code to_lowercase} give them
     * (non-ASCII labels in their punycode form), or null if it is not a DNS name; the root
     * ({@code .}) has no labels.
     */
    static List<String> labels(String name) {
        String text = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        List<String> labels = new ArrayList<>();
        if (text.isEmpty()) {
            return labels;
        }
        int length = 1;
        for (String label : text.split("\\.", -1)) {
            String ascii;
            try {
                ascii = IDN.toASCII(label, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException e) {
                return null;
            }
            if (ascii.isEmpty() || ascii.length() > MAX_LABEL) {
                return null;
            }
            length += ascii.length() + 1;
            labels.add(ascii.toLowerCase(Locale.ROOT));
        }
        return length > MAX_NAME ? null : labels;
    }

    /** A name split at a trailing {@code :port} as kumod's {@code has_colon_port} does. */
    public record HostPort(String host, Integer port) {

        /** Splits at the last {@code :} when what follows is a u16 and what precedes has no {@code :}. */
        public static HostPort of(String text) {
            int colon = text.lastIndexOf(':');
            if (colon < 0) {
                return new HostPort(text, null);
            }
            String label = text.substring(0, colon);
            Integer port = parsePort(text.substring(colon + 1));
            return label.indexOf(':') >= 0 || port == null ? new HostPort(text, null) : new HostPort(label, port);
        }

        /** Rust's {@code u16} parsing: an optional {@code +}, then ASCII digits, at most 65535. */
        private static Integer parsePort(String digits) {
            String body = digits.startsWith("+") ? digits.substring(1) : digits;
            if (body.isEmpty() || body.length() > 10) {
                return null;
            }
            long value = 0;
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c < '0' || c > '9') {
                    return null;
                }
                value = value * 10 + (c - '0');
            }
            return value > 65535 ? null : (int) value;
        }
    }
}
