package io.kumofleet.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every JSON answer of the simulator validates against kumod.openapi.json with the errata of its README. */
class SimOpenApiConformanceTest extends SimTestBase {

    private static ObjectNode document;
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    @BeforeAll
    static void loadDocument() throws IOException {
        try (InputStream in = SimOpenApiConformanceTest.class.getResourceAsStream("/kumomta/kumod.openapi.json")) {
            document = (ObjectNode) SimJson.MAPPER.readTree(in);
        }
        applyErrata(document);
    }

    static void applyErrata(ObjectNode doc) {
        for (String path : new String[] {"/api/admin/suspend/v1", "/api/admin/suspend-ready-q/v1"}) {
            ObjectNode content = (ObjectNode) doc.at("/paths/" + path.replace("/", "~1") + "/get/responses/200/content/application~1json");
            JsonNode entry = content.get("schema");
            ObjectNode array = SimJson.MAPPER.createObjectNode().put("type", "array");
            array.set("items", entry);
            content.set("schema", array);
        }
        ObjectNode properties = (ObjectNode) doc.at("/components/schemas/MessageInformation/properties");
        ObjectNode recipient = SimJson.MAPPER.createObjectNode();
        ArrayNode oneOf = recipient.putArray("oneOf");
        oneOf.addObject().put("type", "string");
        oneOf.add(properties.get("recipient"));
        properties.set("recipient", recipient);
        ((ObjectNode) doc.at("/components/schemas/MxResolution/properties/by_preference")).remove("propertyNames");
    }

    private static void assertConforms(String method, String path, HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response::body);
        JsonNode schema = document.at("/paths/" + path.replace("/", "~1") + "/" + method.toLowerCase(Locale.ROOT)
                + "/responses/200/content/application~1json/schema");
        assertFalse(schema.isMissingNode(), method + " " + path);
        ObjectNode wrapper = SimJson.MAPPER.createObjectNode();
        wrapper.set("components", document.get("components"));
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            wrapper.set(field.getKey(), field.getValue());
        }
        JsonSchema validator = FACTORY.getSchema(wrapper);
        Set<ValidationMessage> problems = validator.validate(json(response));
        assertEquals(Set.of(), problems, method + " " + path + ": " + response.body());
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void rulesConform() {
        assertConforms("POST", "/api/admin/bounce/v1", post("/api/admin/bounce/v1",
                "{\"domain\":\"gmail.com\",\"reason\":\"r\"}"));
        post("/api/admin/bounce/v1", "{\"tenant\":\"acme\",\"campaign\":\"newsletter\",\"reason\":\"r\"}");
        assertConforms("GET", "/api/admin/bounce/v1", get("/api/admin/bounce/v1"));
        assertConforms("POST", "/api/admin/suspend/v1", post("/api/admin/suspend/v1",
                "{\"domain\":\"gmail.com\",\"reason\":\"r\"}"));
        assertConforms("GET", "/api/admin/suspend/v1", get("/api/admin/suspend/v1"));
        assertConforms("POST", "/api/admin/suspend-ready-q/v1", post("/api/admin/suspend-ready-q/v1",
                "{\"name\":\"" + node.queues().readyQueueOf("gmail.com") + "\",\"reason\":\"r\"}"));
        assertConforms("GET", "/api/admin/suspend-ready-q/v1", get("/api/admin/suspend-ready-q/v1"));
    }

    @Test
    void inspectionsConform() {
        node.queues().addMessages("yahoo.com", 3);
        JsonNode sample = json(get("/api/admin/inspect-sched-q/v1?queue_name=yahoo.com&limit=2&want_body=true"));
        assertConforms("GET", "/api/admin/inspect-sched-q/v1",
                get("/api/admin/inspect-sched-q/v1?queue_name=yahoo.com&limit=2"));
        String id = sample.get("messages").get(0).get("id").asText();
        assertConforms("GET", "/api/admin/inspect-message/v1", get("/api/admin/inspect-message/v1?id=" + id));
        String ready = node.queues().readyQueueOf("gmail.com");
        post("/api/admin/suspend-ready-q/v1", "{\"name\":\"" + ready + "\",\"reason\":\"r\"}");
        assertConforms("GET", "/api/admin/inspect-ready-q/v1",
                get("/api/admin/inspect-ready-q/v1?include_scheduled_queues=true&queue_name=" + q(ready)));
        for (String r : node.queues().readyQueueNames().subList(0, 20)) {
            assertConforms("GET", "/api/admin/inspect-ready-q/v1", get("/api/admin/inspect-ready-q/v1?queue_name=" + q(r)));
        }
        assertConforms("GET", "/api/admin/ready-q-states/v1", get("/api/admin/ready-q-states/v1"));
        assertConforms("GET", "/api/admin/resolve-egress-path/v1", get("/api/admin/resolve-egress-path/v1?domain=gmail.com"));
        assertConforms("GET", "/api/admin/resolve-egress-path/v1", get("/api/admin/resolve-egress-path/v1?domain=x.example"));
    }

    @Test
    void otherAnswersConform() {
        assertConforms("GET", "/api/machine-info", get("/api/machine-info"));
        assertConforms("POST", "/api/admin/rebind/v1", post("/api/admin/rebind/v1",
                "{\"reason\":\"r\",\"data\":{}}"));
        assertConforms("POST", "/api/admin/xfer/v1", post("/api/admin/xfer/v1",
                "{\"domain\":\"gmail.com\",\"reason\":\"r\",\"target\":\"http://10.0.0.1:8000\"}"));
        assertConforms("POST", "/api/admin/xfer/cancel/v1", post("/api/admin/xfer/cancel/v1",
                "{\"queue_name\":\"http://10.0.0.1:8000/.xfer.kumomta.internal\",\"reason\":\"r\"}"));
    }

    @Test
    void theErrataAreNeeded() {
        ObjectNode pristine;
        try (InputStream in = getClass().getResourceAsStream("/kumomta/kumod.openapi.json")) {
            pristine = (ObjectNode) SimJson.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ObjectNode wrapper = SimJson.MAPPER.createObjectNode();
        wrapper.set("components", pristine.get("components"));
        wrapper.put("$ref", "#/components/schemas/SuspendV1ListEntry");
        post("/api/admin/suspend/v1", "{\"domain\":\"gmail.com\",\"reason\":\"r\"}");
        assertFalse(FACTORY.getSchema(wrapper).validate(json(get("/api/admin/suspend/v1"))).isEmpty(),
                "the published document describes the suspend list as a single object");
    }
}
