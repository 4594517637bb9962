package io.kumofleet.kumod;

/** Renders strings the way Rust's {@code {:?}} does, as kumod and serde quote them in error messages. */
public final class RustDebug {

    private RustDebug() {}

    /** The double-quoted, escaped form of {@code text}, e.g. {@code "a\"b\n"}. */
    public static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        text.codePoints().forEach(c -> appendEscaped(out, c));
        return out.append('"').toString();
    }

    private static void appendEscaped(StringBuilder out, int c) {
        switch (c) {
            case '"': out.append("\\\""); return;
            case '\\': out.append("\\\\"); return;
            case '\n': out.append("\\n"); return;
            case '\r': out.append("\\r"); return;
            case '\t': out.append("\\t"); return;
            case 0: out.append("\\0"); return;
            default:
                if (isPrintable(c)) {
                    out.appendCodePoint(c);
                } else {
                    out.append("\\u{").append(Integer.toHexString(c)).append('}');
                }
        }
    }

    private static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        switch (Character.getType(c)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.UNASSIGNED:
            case Character.SURROGATE:
            case Character.PRIVATE_USE:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }
}
