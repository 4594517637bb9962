package io.kumofleet.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Checks a form-encoded query string against an operation's query parameters. */
final class QueryValidation {

    private final KumodSchema schema;
    private final String path;
    private final String method;
    private final JsonNode operation;
    private final String where;

    QueryValidation(KumodSchema schema, String method, String path, JsonNode operation) {
        this.schema = schema;
        this.method = method.toLowerCase(Locale.ROOT);
        this.path = path;
        this.operation = operation;
        this.where = method.toUpperCase(Locale.ROOT) + " " + path + " query";
    }

    List<String> validate(String rawQuery) {
        Map<String, List<String>> given = parse(rawQuery);
        List<String> violations = new ArrayList<>();
        JsonNode parameters = operation.path("parameters");
        for (int i = 0; i < parameters.size(); i++) {
            JsonNode parameter = parameters.get(i);
            if (!"query".equals(parameter.path("in").asText())) {
                continue;
            }
            String name = parameter.path("name").asText();
            List<String> values = given.remove(name);
            if (values == null) {
                if (parameter.path("required").asBoolean(false)) {
                    violations.add(where + ": required parameter '" + name + "' is missing");
                }
                continue;
            }
            JsonNode declared = schema.resolve(parameter.path("schema"));
            if (values.size() > 1 && !types(declared).contains("array")) {
                violations.add(where + ": parameter '" + name + "' is repeated");
                continue;
            }
            if (!types(declared).contains("array")) {
                String pointer = KumodErratum.pointer("paths", path, method, "parameters", Integer.toString(i), "schema");
                violations.addAll(schema.validate(where + " parameter '" + name + "'", pointer, typed(values.get(0), declared)));
            }
        }
        given.keySet().forEach(name -> violations.add(where + ": parameter '" + name + "' is not documented"));
        return violations;
    }

    /** The query value as the JSON type the schema declares, when it reads as one. */
    private static JsonNode typed(String value, JsonNode declared) {
        List<String> types = types(declared);
        if (types.contains("boolean") && (value.equals("true") || value.equals("false"))) {
            return BooleanNode.valueOf(Boolean.parseBoolean(value));
        }
        if (types.contains("integer") || types.contains("number")) {
            try {
                return LongNode.valueOf(Long.parseLong(value));
            } catch (NumberFormatException e) {
                return TextNode.valueOf(value);
            }
        }
        return TextNode.valueOf(value);
    }

    private static List<String> types(JsonNode declared) {
        JsonNode type = declared.path("type");
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else if (type.isTextual()) {
            types.add(type.asText());
        }
        return types;
    }

    private static Map<String, List<String>> parse(String rawQuery) {
        Map<String, List<String>> parsed = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parsed;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parsed.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parsed;
    }
}
