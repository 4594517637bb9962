package io.kumofleet.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Validates requests to and answers from kumod against its OpenAPI document
 * ({@code openapi/kumod.openapi.json}) with the {@link KumodErratum errata overlay} applied; every
 * method returns readable violations, empty when valid.
 */
public final class KumodSchema {

    /** The document, relative to the project directory (the tests' working directory). */
    public static final Path DOCUMENT = Path.of("openapi", "kumod.openapi.json");

    private static final String DOCUMENT_IRI = "urn:kumo-fleet:kumod.openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Set<KumodErratum>, KumodSchema> LOADED = new ConcurrentHashMap<>();
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final ObjectNode document;
    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config =
            SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private KumodSchema(ObjectNode document) {
        this.document = document;
        String text = document.toString();
        // The document's top-level fields are not schema keywords; naming them keeps the loader quiet.
        JsonMetaSchema dialect = JsonMetaSchema.builder(OpenApi31.getInstance())
                .keywords(Stream.of("openapi", "info", "paths", "components", "security")
                        .map(NonValidationKeyword::new).toList())
                .build();
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .metaSchema(dialect)
                .defaultMetaSchemaIri(dialect.getIri())
                .schemaLoaders(loaders -> loaders.schemas(Map.of(DOCUMENT_IRI, text))));
    }

    /** The document with every erratum applied: what contract tests use. */
    public static KumodSchema load() {
        return load(EnumSet.allOf(KumodErratum.class));
    }

    /** The document with only the given errata applied (to show what each erratum changes). */
    public static KumodSchema load(Set<KumodErratum> errata) {
        Set<KumodErratum> key = errata.isEmpty() ? EnumSet.noneOf(KumodErratum.class) : EnumSet.copyOf(errata);
        return LOADED.computeIfAbsent(key, k -> {
            try {
                ObjectNode document = (ObjectNode) JSON.readTree(Files.readString(DOCUMENT));
                k.forEach(erratum -> erratum.apply(document));
                return new KumodSchema(document);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + DOCUMENT.toAbsolutePath(), e);
            }
        });
    }

    /** The effective document (errata applied); do not modify it. */
    public JsonNode document() {
        return document;
    }

    /** Every operation the document lists, as {@code METHOD path} (e.g. {@code GET /metrics}), sorted. */
    public SortedSet<String> operations() {
        SortedSet<String> operations = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(item -> item.getValue().fieldNames().forEachRemaining(method -> {
            if (HTTP_METHODS.contains(method)) {
                operations.add(method.toUpperCase(Locale.ROOT) + " " + item.getKey());
            }
        }));
        return operations;
    }

    /**
     * Everything about a request: the operation ({@code target} is the path with an optional query),
     * its query parameters, its Authorization header (never quoted) and its body.
     */
    public List<String> validateRequest(
            String method, String target, String contentType, String authorization, String body) {
        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        String query = question < 0 ? null : target.substring(question + 1);
        Optional<JsonNode> operation = operation(method, path);
        if (operation.isEmpty()) {
            return List.of(unknownOperation(method, path));
        }
        List<String> violations = new ArrayList<>(validateQuery(method, path, query));
        violations.addAll(validateAuthorization(method, path, authorization));
        violations.addAll(validateRequestBody(method, path, contentType, body));
        return violations;
    }

    /** The request body (empty or null: none) against the operation's request body. */
    public List<String> validateRequestBody(String method, String path, String contentType, String body) {
        Optional<JsonNode> found = operation(method, path);
        if (found.isEmpty()) {
            return List.of(unknownOperation(method, path));
        }
        JsonNode operation = found.get();
        String where = method.toUpperCase(Locale.ROOT) + " " + path + " request";
        boolean empty = body == null || body.isEmpty();
        JsonNode requestBody = operation.get("requestBody");
        if (requestBody == null) {
            if (empty && contentType == null) {
                return List.of();
            }
            String why = operation.has(KumodErratum.IGNORED_BODY)
                    ? " (" + operation.get(KumodErratum.IGNORED_BODY).asText() + ")" : "";
            return List.of(where + ": the document defines no request body, but one was sent (Content-Type "
                    + contentType + ", body " + Excerpt.of(body) + ")" + why);
        }
        if (empty) {
            return requestBody.path("required").asBoolean(false) ? List.of(where + ": a body is required") : List.of();
        }
        String pointer = KumodErratum.pointer("paths", path, method.toLowerCase(Locale.ROOT), "requestBody", "content");
        return validateContent(where, pointer, requestBody.get("content"), contentType, body);
    }

    /** The query string (raw, form-encoded; null: none) against the operation's query parameters. */
    public List<String> validateQuery(String method, String path, String rawQuery) {
        return operation(method, path)
                .map(operation -> new QueryValidation(this, method, path, operation).validate(rawQuery))
                .orElseGet(() -> List.of(unknownOperation(method, path)));
    }

    /** The Authorization header (null: none) against the security requirements; never quoted. */
    public List<String> validateAuthorization(String method, String path, String authorization) {
        return operation(method, path)
                .map(operation -> new AuthorizationValidation(document, method, path, operation).validate(authorization))
                .orElseGet(() -> List.of(unknownOperation(method, path)));
    }

    /**
     * An answer: the status must be documented for the operation (exactly, as a {@code 4XX}-style
     * range, or as {@code default}), and the content type and body must match what it lists.
     */
    public List<String> validateResponse(String method, String path, int status, String contentType, String body) {
        Optional<JsonNode> found = operation(method, path);
        if (found.isEmpty()) {
            return List.of(unknownOperation(method, path));
        }
        String where = method.toUpperCase(Locale.ROOT) + " " + path + " answer " + status;
        JsonNode responses = found.get().path("responses");
        String key = null;
        for (String candidate : List.of(Integer.toString(status), (status / 100) + "XX", "default")) {
            if (key == null && responses.has(candidate)) {
                key = candidate;
            }
        }
        if (key == null) {
            List<String> documented = new ArrayList<>();
            responses.fieldNames().forEachRemaining(documented::add);
            return List.of(where + ": status " + status + " is not documented (documented: " + documented + ")");
        }
        JsonNode response = responses.get(key);
        boolean empty = body == null || body.isEmpty();
        if (response.path(KumodErratum.PLAIN_TEXT).asBoolean(false)) {
            return empty || contentType == null || MediaTypes.sameType(contentType, "text/plain") ? List.of()
                    : List.of(where + ": expected text/plain or no Content-Type, got " + contentType);
        }
        if (!response.has("content")) {
            return empty ? List.of() : List.of(where + ": the document lists no content, but the answer has "
                    + "Content-Type " + contentType + " and body " + Excerpt.of(body));
        }
        String pointer = KumodErratum.pointer("paths", path, method.toLowerCase(Locale.ROOT), "responses", key, "content");
        return validateContent(where, pointer, response.get("content"), contentType, empty ? "" : body);
    }

    private List<String> validateContent(String where, String pointer, JsonNode content, String contentType, String body) {
        if (contentType == null) {
            return List.of(where + ": no Content-Type (document lists " + names(content) + ")");
        }
        Optional<String> mediaType = MediaTypes.match(contentType, content);
        if (mediaType.isEmpty()) {
            return List.of(where + ": Content-Type " + contentType + " is not one of " + names(content));
        }
        JsonNode media = content.get(mediaType.get());
        JsonNode instance;
        if (MediaTypes.isJson(mediaType.get())) {
            try {
                instance = JSON.readTree(body);
            } catch (JsonProcessingException e) {
                return List.of(where + ": body is not valid JSON (" + e.getOriginalMessage() + "): " + Excerpt.of(body));
            }
            if (instance == null || instance.isMissingNode()) {
                return List.of(where + ": body is empty, JSON expected");
            }
        } else {
            instance = TextNode.valueOf(body);
        }
        if (!media.has("schema")) {
            return List.of();
        }
        return validate(where + " body", pointer + KumodErratum.pointer(mediaType.get(), "schema"), instance);
    }

    /** Validates a JSON instance against the schema at a JSON pointer into the document. */
    List<String> validate(String where, String pointer, JsonNode instance) {
        JsonSchema schema = schemas.computeIfAbsent(pointer,
                p -> factory.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + p), config));
        List<String> violations = new ArrayList<>();
        for (ValidationMessage message : schema.validate(instance)) {
            String text = message.getMessage();
            violations.add(where + (text.startsWith(":") ? "" : ": ") + text);
        }
        return violations;
    }

    /** Resolves a local {@code $ref} (if any) to the node it names. */
    JsonNode resolve(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        return ref != null && ref.asText().startsWith("#") ? document.at(ref.asText().substring(1)) : schema;
    }

    private Optional<JsonNode> operation(String method, String path) {
        JsonNode operation = document.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
        return operation.isObject() ? Optional.of(operation) : Optional.empty();
    }

    private static String unknownOperation(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + path + " is not in kumod's API document";
    }

    private static List<String> names(JsonNode content) {
        List<String> names = new ArrayList<>();
        content.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
