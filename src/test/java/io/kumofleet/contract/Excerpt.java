package io.kumofleet.contract;

/** A short, quoted, single-line excerpt of a body for violation messages. */
final class Excerpt {

    private static final int LIMIT = 120;

    private Excerpt() {}

    static String of(String body) {
        if (body == null) {
            return "(none)";
        }
        String flat = body.replace("\r", "\\r").replace("\n", "\\n");
        return flat.length() <= LIMIT ? "'" + flat + "'" : "'" + flat.substring(0, LIMIT) + "…' (" + body.length() + " chars)";
    }
}
