package io.kumofleet.cli.kcli.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.kumofleet.cli.kcli.format.KcliError;
import io.kumofleet.cli.kcli.format.PrettyJson;
import io.kumofleet.cli.kcli.format.RustFormat;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What both trace commands do with the event stream, as kcli does it: one {@code [key] delta text}
 * line per output line, {@code delta} being the time since the session was first seen; conn_meta
 * changes printed as {@code === conn_meta key=value}; {@code --only-new} and {@code --only-one}.
 */
final class TraceSession {

    /** Renders one event's payload through {@code print}, one call per output line. */
    interface Renderer {
        void render(TraceEvent event, Palette palette, java.util.function.Consumer<String> print);
    }

    /** ANSI colours, or empty strings when not colouring. */
    record Palette(String cyan, String green, String red, String normal) {
        static Palette of(boolean color) {
            return color ? new Palette("\u001b[36m", "\u001b[32m", "\u001b[31m", "\u001b[0m") : new Palette("", "", "", "");
        }
    }

    private static final class Seen {
        JsonNode meta = JsonNodeFactory.instance.objectNode();
        final Instant opened;

        Seen(Instant opened) {
            this.opened = opened;
        }
    }

    private final ObjectMapper mapper;
    private final PrintWriter out;
    private final TraceOptions options;
    private final Palette palette;
    private final List<String> variants;
    private final String opening;
    private final Function<JsonNode, String> keyOf;
    private final Renderer renderer;
    private final Map<String, Seen> sessions = new HashMap<>();
    private String wanted;

    /**
     * @param variants the payload variants the node may send
     * @param opening the variant that starts a session (for {@code --only-new})
     * @param keyOf a session's key from its conn_meta (failing with a {@link KcliError} as kcli does)
     */
    TraceSession(ObjectMapper mapper, PrintWriter out, TraceOptions options, Palette palette, List<String> variants,
            String opening, Function<JsonNode, String> keyOf, Renderer renderer) {
        this.mapper = mapper;
        this.out = out;
        this.options = options;
        this.palette = palette;
        this.variants = variants;
        this.opening = opening;
        this.keyOf = keyOf;
        this.renderer = renderer;
    }

    /** Handles one frame; false once {@code --only-one}'s session has closed. */
    boolean onFrame(String frame) {
        TraceEvent event = TraceEvent.parse(mapper, frame, variants);
        String key = event.connMeta().isNull() ? "" : keyOf.apply(event.connMeta());
        if (wanted != null && !wanted.equals(key) && !key.isEmpty()) {
            return true;
        }
        Seen seen = sessions.get(key);
        String delta;
        if (seen != null) {
            Duration elapsed = Duration.between(seen.opened, event.when());
            delta = RustFormat.elapsed(elapsed.isNegative() ? Duration.ZERO : elapsed);
        } else {
            if (options.onlyNew && !event.variant().equals(opening)) {
                return true;
            }
            if (options.onlyOne && wanted == null) {
                wanted = key;
            }
            sessions.put(key, new Seen(event.when()));
            delta = "     ";
        }
        String prefix = "[" + key + "] " + delta + " ";
        if (event.variant().equals("Closed")) {
            sessions.remove(key);
        }
        renderer.render(event, palette, line -> out.println(prefix + line));
        if (event.variant().equals("Closed") && options.onlyOne) {
            return false;
        }
        Seen prior = sessions.get(key);
        if (prior != null && !prior.meta.equals(event.connMeta())) {
            diff(prior.meta, event.connMeta(), line -> out.println(prefix + line));
            prior.meta = event.connMeta();
        }
        out.flush();
        return true;
    }

    /** The conn_meta changes, keys in sorted order (kcli holds them in a BTreeMap). */
    private static void diff(JsonNode prior, JsonNode now, java.util.function.Consumer<String> print) {
        if (!prior.isObject() || !now.isObject()) {
            print.accept("=== conn_meta updated to " + PrettyJson.compact(PrettyJson.sorted(now)));
            return;
        }
        for (Iterator<String> keys = PrettyJson.sorted(prior).fieldNames(); keys.hasNext();) {
            String key = keys.next();
            JsonNode value = now.get(key);
            if (value == null) {
                print.accept("=== conn_meta deleted " + key);
            } else if (!value.equals(prior.get(key))) {
                print.accept("=== conn_meta " + key + "=" + PrettyJson.compact(PrettyJson.sorted(value)));
            }
        }
        for (Iterator<String> keys = PrettyJson.sorted(now).fieldNames(); keys.hasNext();) {
            String key = keys.next();
            if (!prior.has(key)) {
                print.accept("=== conn_meta " + key + "=" + PrettyJson.compact(PrettyJson.sorted(now.get(key))));
            }
        }
    }

    /** Rust's {@code str::lines}: split at {@code \n}, drop a {@code \r} before it, no empty last line. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            String line = end < 0 ? text.substring(start) : text.substring(start, end);
            lines.add(end >= 0 && line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            start = end < 0 ? text.length() : end + 1;
        }
        return lines;
    }

    /** Rust's {@code trim_ascii_end}. */
    static String trimAsciiEnd(String text) {
        int end = text.length();
        while (end > 0 && " \t\n\r\f".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    /** Bytes, as Rust's {@code str::len} counts them. */
    static int byteLength(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * Lines of data sent in our direction's multi-line payload (trailing whitespace trimmed): each
     * through {@code line}; with {@code --terse}, after the first line only {@code === bytes <verb>=<length>}.
     */
    static void multiLine(String data, boolean terse, String verb, Function<String, String> line,
            java.util.function.Consumer<String> print) {
        List<String> lines = lines(trimAsciiEnd(data));
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0 && terse) {
                print.accept("=== bytes " + verb + "=" + byteLength(data));
                return;
            }
            print.accept(line.apply(RustFormat.escapeDebug(lines.get(i))));
        }
    }
}
