package io.kumofleet.metrics;

import java.nio.charset.StandardCharsets;

/** Renders the start of a payload line for error messages. */
final class Excerpts {

    static final int MAX_CHARS = 160;

    private Excerpts() {}

    static String of(byte[] buf, int start, int end) {
        int len = Math.min(end - start, MAX_CHARS * 4);
        String text = new String(buf, start, len, StandardCharsets.UTF_8);
        if (text.length() > MAX_CHARS) {
            return text.substring(0, MAX_CHARS) + "…";
        }
        return len < end - start ? text + "…" : text;
    }
}
