package io.kumofleet.kumod;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;

/**
 * UUIDs read like the uuid crate's {@code Uuid::parse_str}: simple, hyphenated, braced or
 * {@code urn:uuid:} forms, any case, and that crate's messages when the text is not a UUID.
 */
public final class RustUuid {

    private static final String URN = "urn:uuid:";
    private static final int[] GROUP_STARTS = {0, 9, 14, 19, 24};
    private static final int[] GROUP_LENGTHS = {8, 4, 4, 4, 12};

    /** Text that is not a UUID, with the uuid crate's message. */
    public static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    private RustUuid() {}

    public static UUID parse(String text) throws Invalid {
        // The crate sizes the input in UTF-8 bytes, and since uuid 1.8 explains a braced or URN
        // form of the right size from its inner 36 bytes alone (no offset, read as if bare).
        String candidate = switch (text.getBytes(StandardCharsets.UTF_8).length) {
            case 32, 36 -> text;
            case 38 -> text.startsWith("{") && text.endsWith("}") ? text.substring(1, text.length() - 1) : null;
            case 45 -> text.startsWith(URN) ? text.substring(URN.length()) : null;
            default -> null;
        };
        if (candidate == null) {
            throw new Invalid(diagnose(text));
        }
        UUID id = decode(candidate);
        if (id == null) {
            throw new Invalid(diagnose(candidate));
        }
        return id;
    }

    /** The spool id form of a message id: 32 lower-case hex digits. */
    public static String simple(UUID id) {
        return id.toString().replace("-", "");
    }

    private static UUID decode(String text) {
        String hex;
        if (text.length() == 32) {
            hex = text;
        } else if (text.length() == 36 && text.charAt(8) == '-' && text.charAt(13) == '-' && text.charAt(18) == '-'
                && text.charAt(23) == '-') {
            hex = text.replace("-", "");
        } else {
            return null;
        }
        if (hex.length() != 32 || !hex.chars().allMatch(HexFormat::isHexDigit)) {
            return null;
        }
        return new UUID(HexFormat.fromHexDigitsToLong(hex, 0, 16), HexFormat.fromHexDigitsToLong(hex, 16, 32));
    }

    /** The crate's {@code InvalidUuid::into_err}, with its indexes and lengths in UTF-8 bytes. */
    private static String diagnose(String input) {
        int offset = 0;
        boolean simple = true;
        String body = input;
        if (input.length() >= 2 && input.startsWith("{") && input.endsWith("}")) {
            body = input.substring(1, input.length() - 1);
            offset = 1;
            simple = false;
        } else if (input.startsWith(URN)) {
            body = input.substring(URN.length());
            offset = URN.length();
            simple = false;
        }
        int hyphens = 0;
        int[] bounds = new int[4];
        // Until the first character that is not ASCII, char and UTF-8 byte indexes agree.
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '-') {
                if (hyphens < 4) {
                    bounds[hyphens] = i;
                }
                hyphens++;
            } else if (!HexFormat.isHexDigit(c)) {
                return "invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `"
                        + Character.toString(body.codePointAt(i)) + "` at " + (i + offset + 1);
            }
        }
        // Past the loop the input is all ASCII, so its length is its length in bytes.
        if (hyphens == 0 && simple) {
            return "invalid length: expected length 32 for simple format, found " + input.length();
        }
        if (hyphens != 4) {
            return "invalid group count: expected 5, found " + (hyphens + 1);
        }
        for (int i = 0; i < 4; i++) {
            if (bounds[i] != GROUP_STARTS[i + 1] - 1) {
                return groupLength(i, bounds[i] - GROUP_STARTS[i]);
            }
        }
        // The crate measures the last group against the whole input, prefix or braces included.
        return groupLength(4, input.length() - GROUP_STARTS[4]);
    }

    private static String groupLength(int group, int found) {
        return "invalid group length in group " + group + ": expected " + GROUP_LENGTHS[group] + ", found " + found;
    }
}
