package io.kumofleet.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

/** Media type matching that ignores parameters such as {@code charset}, as HTTP does. */
final class MediaTypes {

    private MediaTypes() {}

    static String base(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    static boolean sameType(String contentType, String mediaType) {
        return base(contentType).equals(base(mediaType));
    }

    /** The key of {@code content} that the Content-Type matches, if any. */
    static Optional<String> match(String contentType, JsonNode content) {
        for (Iterator<String> names = content.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (sameType(contentType, name)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    static boolean isJson(String mediaType) {
        String base = base(mediaType);
        return base.equals("application/json") || base.endsWith("+json");
    }
}
