package io.kumofleet.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.kumofleet.contract.KumodSchema;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every JSON answer of the simulator validates against kumod.openapi.json with the project's errata overlay. */
class SimOpenApiConformanceTest extends SimTestBase {

    private static final KumodSchema SCHEMA = KumodSchema.load();

    private static void assertConforms(String method, String path, HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response::body);
        String contentType = response.headers().firstValue("content-type").orElse(null);
        assertEquals(List.of(), SCHEMA.validateResponse(method, path, response.statusCode(), contentType, response.body()),
                () -> method + " " + path + ": " + response.body());
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
}
