package io.kumofleet.cli.kcli.format;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kumofleet.kumod.Humantime;
import io.kumofleet.kumod.RustUuid;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * kumod's JSON as kcli's serde types read and re-serialise it: durations rewritten by humantime,
 * {@code serde_json::Value} maps sorted by key, spool ids in their simple form, single recipients
 * unwrapped from their array, and {@code HashMap<String, String>} arguments checked.
 */
public final class KcliJson {

    private KcliJson() {}

    /** Rewrites the humantime {@code field} of {@code node}, and of each element if {@code node} is an array. */
    public static JsonNode humantime(JsonNode node, String field) {
        if (node.isArray()) {
            node.forEach(item -> humantime(item, field));
        } else if (node instanceof ObjectNode object && object.get(field) != null && object.get(field).isTextual()) {
            object.put(field, Humantime.normalize(object.get(field).textValue()));
        }
        return node;
    }

    /** Sorts the keys of a field that kcli holds as a {@code serde_json::Value}. */
    public static void sortedValue(ObjectNode node, String field) {
        JsonNode value = node.get(field);
        if (value != null) {
            node.set(field, PrettyJson.sorted(value));
        }
    }

    /** An {@code InspectMessageV1Response}-shaped node ({@code id} and {@code message}) as kcli prints it. */
    public static JsonNode inspectedMessage(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode id = object.get("id");
            if (id != null && id.isTextual()) {
                try {
                    object.put("id", RustUuid.simple(RustUuid.parse(id.textValue())));
                } catch (RustUuid.Invalid e) {
                    // kcli would refuse the answer; showing it as sent is more useful
                }
            }
            if (object.get("message") instanceof ObjectNode message) {
                JsonNode recipient = message.get("recipient");
                if (recipient != null && recipient.isArray() && recipient.size() == 1) {
                    message.set("recipient", recipient.get(0));
                }
                sortedValue(message, "meta");
                sortedValue(message, "scheduling");
            }
        }
        return node;
    }

    /** JSON read as kcli reads a {@code HashMap<String, String>}: an object of strings, nothing else. */
    public static Map<String, String> stringMap(ObjectMapper mapper, String text) {
        JsonNode json;
        try {
            json = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new KcliError(KcliError.serdeMessage(e, text));
        }
        if (json == null || !json.isObject()) {
            throw new KcliError("invalid type: " + serdeKind(json) + ", expected a map");
        }
        Map<String, String> values = new LinkedHashMap<>();
        json.fields().forEachRemaining(field -> {
            if (!field.getValue().isTextual()) {
                throw new KcliError("invalid type: " + serdeKind(field.getValue()) + ", expected a string");
            }
            values.put(field.getKey(), field.getValue().textValue());
        });
        return values;
    }

    /** How serde names a JSON value in its "invalid type" messages. */
    private static String serdeKind(JsonNode value) {
        if (value == null || value.isNull()) {
            return "null";
        }
        if (value.isTextual()) {
            return "string " + PrettyJson.compact(value);
        }
        if (value.isBoolean()) {
            return "boolean `" + value.asText() + "`";
        }
        if (value.isIntegralNumber()) {
            return "integer `" + value.asText() + "`";
        }
        if (value.isNumber()) {
            return "floating point `" + value.asText() + "`";
        }
        return value.isArray() ? "sequence" : "map";
    }

    /** An {@code MxResolution}'s {@code by_preference} in numeric order, as kcli's {@code BTreeMap<u16, _>} holds it. */
    public static void mxPreferences(JsonNode mx) {
        if (mx instanceof ObjectNode object && object.get("by_preference") instanceof ObjectNode preferences) {
            List<String> keys = new ArrayList<>();
            preferences.fieldNames().forEachRemaining(keys::add);
            keys.sort(Comparator.comparingLong(KcliJson::preference));
            ObjectNode sorted = object.objectNode();
            keys.forEach(key -> sorted.set(key, preferences.get(key)));
            object.set("by_preference", sorted);
        }
    }

    private static long preference(String key) {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
