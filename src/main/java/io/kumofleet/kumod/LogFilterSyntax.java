package io.kumofleet.kumod;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks diagnostic log filters the way tracing-subscriber 0.3's {@code EnvFilter::try_new} does:
 * comma-separated directives, each a bare level or {@code target[span{field=value}]=level}, with
 * levels {@code trace debug info warn error off} (any case) or {@code 0}..{@code 5}; no spaces.
 */
public final class LogFilterSyntax {

    private static final String LEVEL = "(?i:trace|debug|info|warn|error|off|[0-5])";
    private static final Pattern DIRECTIVE = Pattern.compile(
            "^" + LEVEL + "$|^(?:[\\w:-]+|(\\[[^\\]]*\\])){1,2}(?:=" + LEVEL + "?)?$",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SPAN = Pattern.compile("^\\[([^\\]{]+)?(?:\\{([^}]*)\\})?");
    private static final Pattern FIELD = Pattern.compile("(\\w[\\w.]*)(?:=([^,]+))?(?:,\\s?|$)",
            Pattern.UNICODE_CHARACTER_CLASS);

    private LogFilterSyntax() {}

    /** The EnvFilter error for {@code filter}, or empty when kumod would accept it. */
    public static Optional<String> error(String filter) {
        for (String directive : filter.split(",", -1)) {
            if (directive.isEmpty()) {
                continue;
            }
            Matcher matcher = DIRECTIVE.matcher(directive);
            if (!matcher.matches()) {
                return Optional.of("invalid filter directive");
            }
            Optional<String> fieldError = fieldError(matcher.group(1));
            if (fieldError.isPresent()) {
                return fieldError;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> fieldError(String span) {
        if (span == null) {
            return Optional.empty();
        }
        Matcher spanParts = SPAN.matcher(span);
        if (!spanParts.find() || spanParts.group(2) == null) {
            return Optional.empty();
        }
        Matcher fields = FIELD.matcher(spanParts.group(2));
        while (fields.find()) {
            String value = fields.group(2);
            if (value != null && !isLiteral(value)) {
                try {
                    Pattern.compile(value);
                } catch (PatternSyntaxException e) {
                    return Optional.of("invalid field filter: " + e.getDescription());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isLiteral(String value) {
        return value.equals("true") || value.equals("false") || value.matches("-?[0-9]+(\\.[0-9]+)?");
    }
}
