package io.kumofleet.kumod;

import java.util.UUID;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * UUIDs read like the uuid crate's {@code Uuid::parse_str}: simple, hyphenated, braced or
 * {@code urn:uuid:} forms, any case, and that crate's messages when the text is not a UUID.
 */
public final class RustUuid {

    private static final int[] GROUP_STARTS = {0, 9, 14, 19, 24};

    /** Text that is not a UUID, with the uuid crate's message. */
    public static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    /** For {@code --id} and other UUID arguments: a bad UUID is a usage error, as with clap. */
    public static final class Converter implements ITypeConverter<UUID> {
        @Override
        public UUID convert(String value) {
            try {
                return parse(value);
            } catch (Invalid e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    private RustUuid() {}

    public static UUID parse(String text) throws Invalid {
        String hex = switch (text.length()) {
            case 32 -> text;
            case 36 -> dashes(text);
            case 38 -> text.startsWith("{") && text.endsWith("}") ? dashes(text.substring(1, 37)) : null;
            case 45 -> text.startsWith("urn:uuid:") ? dashes(text.substring(9)) : null;
            default -> null;
        };
        if (hex == null || !hex.matches("[0-9a-fA-F]{32}")) {
            throw new Invalid(diagnose(text));
        }
        return new UUID(Long.parseUnsignedLong(hex.substring(0, 16), 16), Long.parseUnsignedLong(hex.substring(16), 16));
    }

    /** The spool id form of a message id: 32 lower-case hex digits. */
    public static String simple(UUID id) {
        return id.toString().replace("-", "");
    }

    private static String dashes(String text) {
        for (int i = 1; i < 4 + 1; i++) {
            if (text.charAt(GROUP_STARTS[i] - 1) != '-') {
                return null;
            }
        }
        return text.replace("-", "");
    }

    private static String diagnose(String text) {
        int offset = 0;
        boolean simple = true;
        String body = text;
        if (text.length() >= 2 && text.startsWith("{") && text.endsWith("}")) {
            body = text.substring(1, text.length() - 1);
            offset = 1;
            simple = false;
        } else if (text.startsWith("urn:uuid:")) {
            body = text.substring(9);
            offset = 9;
            simple = false;
        }
        int hyphens = 0;
        int[] bounds = new int[4];
        int index = 0;
        for (int i = 0; i < body.length();) {
            int c = body.codePointAt(i);
            if (c == '-') {
                if (hyphens < 4) {
                    bounds[hyphens] = index;
                }
                hyphens++;
            } else if (c > 0x7f || Character.digit(c, 16) < 0) {
                return "invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `"
                        + new String(Character.toChars(c)) + "` at " + (index + offset + 1);
            }
            index += new String(Character.toChars(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            i += Character.charCount(c);
        }
        if (hyphens == 0 && simple) {
            return "invalid length: expected length 32 for simple format, found " + index;
        }
        if (hyphens != 4) {
            return "invalid group count: expected 5, found " + (hyphens + 1);
        }
        int[] expected = {8, 4, 4, 4, 12};
        for (int i = 0; i < 4; i++) {
            if (bounds[i] != GROUP_STARTS[i + 1] - 1) {
                return "invalid group length in group " + i + ": expected " + expected[i] + ", found "
                        + (bounds[i] - GROUP_STARTS[i]);
            }
        }
        return "invalid group length in group 4: expected 12, found " + (index - GROUP_STARTS[4]);
    }
}
