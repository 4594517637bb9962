package io.kumofleet.sim;

import java.util.UUID;

/**
 * Parses UUIDs as strictly as Rust's {@code uuid} crate (java.util.UUID accepts {@code 1-1-1-1-1}):
 * simple, hyphenated, braced or {@code urn:uuid:} forms, with the crate's error wording.
 */
final class StrictUuid {

    private static final int[] GROUPS = {8, 4, 4, 4, 12};

    private StrictUuid() {}

    /** The UUID, or an exception whose message is the uuid crate's explanation. */
    static UUID parse(String text) {
        String body = text;
        if (body.startsWith("urn:uuid:")) {
            body = body.substring(9);
        } else if (body.length() == 38 && body.startsWith("{") && body.endsWith("}")) {
            body = body.substring(1, 37);
        }
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (Character.digit(c, 16) < 0 && c != '-') {
                throw new IllegalArgumentException("invalid character: expected an optional prefix of `urn:uuid:`"
                        + " followed by [0-9a-fA-F-], found `" + c + "` at " + (i + 1));
            }
        }
        String hex;
        if (body.indexOf('-') < 0) {
            if (body.length() != 32) {
                throw new IllegalArgumentException(
                        "invalid length: expected length 32 for simple format, found " + body.length());
            }
            hex = body;
        } else {
            String[] groups = body.split("-", -1);
            if (groups.length != GROUPS.length) {
                throw new IllegalArgumentException("invalid group count: expected 5, found " + groups.length);
            }
            for (int g = 0; g < groups.length; g++) {
                if (groups[g].length() != GROUPS[g]) {
                    throw new IllegalArgumentException("invalid group length in group " + g + ": expected "
                            + GROUPS[g] + ", found " + groups[g].length());
                }
            }
            hex = body.replace("-", "");
        }
        long high = Long.parseUnsignedLong(hex.substring(0, 16), 16);
        long low = Long.parseUnsignedLong(hex.substring(16), 16);
        return new UUID(high, low);
    }

    /** kumod's SpoolId rendering: 32 lowercase hex digits, no dashes. */
    static String simple(UUID id) {
        return id.toString().replace("-", "");
    }
}
