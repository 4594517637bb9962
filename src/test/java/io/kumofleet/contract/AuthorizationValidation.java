package io.kumofleet.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Checks an Authorization header against an operation's security requirements, with kumod's
 * syntax (case-sensitive scheme, one space). Messages name the scheme, never the credentials.
 */
final class AuthorizationValidation {

    private final JsonNode document;
    private final JsonNode requirements;
    private final String where;

    AuthorizationValidation(JsonNode document, String method, String path, JsonNode operation) {
        this.document = document;
        this.requirements = operation.has("security") ? operation.get("security") : document.path("security");
        this.where = method.toUpperCase(Locale.ROOT) + " " + path + " Authorization";
    }

    List<String> validate(String authorization) {
        List<String> accepted = new ArrayList<>();
        boolean anonymous = requirements.isMissingNode() || requirements.isEmpty();
        for (JsonNode requirement : requirements) {
            if (requirement.isEmpty()) {
                anonymous = true;
            }
            requirement.fieldNames().forEachRemaining(name ->
                    accepted.add(document.at(KumodErratum.pointer("components", "securitySchemes", name))
                            .path("scheme").asText().toLowerCase(Locale.ROOT)));
        }
        if (authorization == null) {
            return anonymous ? List.of() : List.of(where + ": missing, the document requires one of " + accepted);
        }
        int space = authorization.indexOf(' ');
        String scheme = space < 0 ? authorization : authorization.substring(0, space);
        String value = space < 0 ? "" : authorization.substring(space + 1);
        if (!scheme.equals("Basic") && !scheme.equals("Bearer")) {
            return List.of(where + ": kumod accepts only 'Basic' and 'Bearer' (case-sensitive), got another scheme");
        }
        if (!accepted.contains(scheme.toLowerCase(Locale.ROOT))) {
            return List.of(where + ": scheme " + scheme + " is not one of " + accepted);
        }
        if (value.isEmpty() || value.startsWith(" ")) {
            return List.of(where + ": " + scheme + " needs exactly one space and a value");
        }
        if (scheme.equals("Basic") && !isBase64(value)) {
            return List.of(where + ": Basic value is not base64");
        }
        return List.of();
    }

    private static boolean isBase64(String value) {
        try {
            new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
