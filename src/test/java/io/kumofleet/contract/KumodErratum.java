package io.kumofleet.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One known difference between kumod's published OpenAPI document and the real server (see
 * {@code openapi/README.md}); each entry patches the document so that validation follows the server.
 */
public enum KumodErratum {

    /** The suspend and suspend-ready-q lists answer a JSON array; the document says one object. */
    LIST_ANSWERS_ARE_ARRAYS {
        @Override
        void apply(ObjectNode document) {
            for (String path : List.of("/api/admin/suspend/v1", "/api/admin/suspend-ready-q/v1")) {
                ObjectNode media = (ObjectNode) document.at(
                        pointer("paths", path, "get", "responses", "200", "content", "application/json"));
                ObjectNode array = JSON.objectNode().put("type", "array");
                array.set("items", media.get("schema"));
                media.set("schema", array);
            }
        }
    },

    /** kumod also accepts a duration as a JSON number of seconds; the document allows only strings. */
    DURATIONS_MAY_BE_NUMBERS {
        @Override
        void apply(ObjectNode document) {
            for (String schema : List.of("BounceV1Request", "SuspendV1Request", "SuspendReadyQueueV1Request")) {
                ObjectNode duration = (ObjectNode) document.at(
                        pointer("components", "schemas", schema, "properties", "duration"));
                duration.set("type", JSON.arrayNode().add("string").add("number").add("null"));
                duration.put("minimum", 0);
            }
        }
    },

    /**
     * The document demands HTTP Basic on every operation; a real node admits trusted IPs without
     * credentials, and Basic or Bearer credentials (with an ACL).
     */
    CREDENTIALS_ARE_OPTIONAL {
        @Override
        void apply(ObjectNode document) {
            ObjectNode schemes = (ObjectNode) document.at(pointer("components", "securitySchemes"));
            schemes.set("bearer_auth", JSON.objectNode().put("type", "http").put("scheme", "bearer"));
            ArrayNode security = JSON.arrayNode();
            security.addObject();
            security.addObject().set("basic_auth", JSON.arrayNode());
            security.addObject().set("bearer_auth", JSON.arrayNode());
            document.set("security", security);
        }
    },

    /**
     * kcli sends {@code Content-Type: application/json} and the body {@code null} on GETs; kumod
     * ignores it, the document has no GET bodies, and kumo-fleet must not copy the quirk: such a
     * body stays a violation, reported with this explanation.
     */
    GET_BODY_IS_IGNORED {
        @Override
        void apply(ObjectNode document) {
            document.get("paths").forEach(item -> {
                JsonNode get = item.get("get");
                if (get instanceof ObjectNode operation && !operation.has("requestBody")) {
                    operation.put(IGNORED_BODY, "kumod ignores kcli's quirky `null` GET body, but it is not part"
                            + " of the contract: send no body");
                }
            });
        }
    },

    /**
     * Cancels and several POSTs answer {@code text/plain} (or nothing) where the document lists no
     * content, and every error is {@code text/plain} {@code Error: …}, usually 500.
     */
    TEXT_OR_EMPTY_ANSWERS {
        @Override
        void apply(ObjectNode document) {
            document.get("paths").forEach(item -> item.fields().forEachRemaining(entry -> {
                if (entry.getValue() instanceof ObjectNode operation && operation.get("responses") instanceof ObjectNode responses) {
                    responses.fields().forEachRemaining(response -> {
                        if (response.getValue() instanceof ObjectNode answer && !answer.has("content")) {
                            answer.put(PLAIN_TEXT, true);
                        }
                    });
                    for (String range : List.of("4XX", "5XX")) {
                        if (!responses.has(range)) {
                            responses.putObject(range).put("description", "text/plain `Error: …`").put(PLAIN_TEXT, true);
                        }
                    }
                }
            }));
        }
    },

    /**
     * Found in CONTRACT.md (section 7), not in the shared errata list: inspect-message's
     * {@code recipient} is a string when there is one recipient, an array otherwise.
     */
    RECIPIENT_MAY_BE_ONE_STRING {
        @Override
        void apply(ObjectNode document) {
            ObjectNode properties = (ObjectNode) document.at(pointer("components", "schemas", "MessageInformation", "properties"));
            ObjectNode oneOf = JSON.objectNode();
            oneOf.putArray("oneOf").add(JSON.objectNode().put("type", "string")).add(properties.get("recipient"));
            properties.set("recipient", oneOf);
        }
    },

    /**
     * Found by validating CONTRACT.md's {@code by_preference:{"10":["host"]}}: the document declares
     * the MX preference keys as integers, which no JSON object key can be.
     */
    MX_PREFERENCE_KEYS_ARE_STRINGS {
        @Override
        void apply(ObjectNode document) {
            ObjectNode byPreference = (ObjectNode) document.at(
                    pointer("components", "schemas", "MxResolution", "properties", "by_preference"));
            byPreference.set("propertyNames", JSON.objectNode().put("type", "string").put("pattern", "^[0-9]+$"));
        }
    };

    /** Extension marking an answer that is plain text or empty, with or without a Content-Type. */
    static final String PLAIN_TEXT = "x-kumo-fleet-plain-text";

    /** Extension explaining why a body on an operation without request body is a violation. */
    static final String IGNORED_BODY = "x-kumo-fleet-ignored-body";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    abstract void apply(ObjectNode document);

    /** A JSON pointer from unescaped tokens ({@code /} in a path becomes {@code ~1}). */
    static String pointer(String... tokens) {
        StringBuilder pointer = new StringBuilder();
        for (String token : tokens) {
            pointer.append('/').append(token.replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
