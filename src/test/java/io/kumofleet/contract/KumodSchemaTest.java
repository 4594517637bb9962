package io.kumofleet.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KumodSchemaTest {

    private static final String ID = "552016f1-08e7-4e90-9da3-fd5c25acd069";
    private final KumodSchema schema = KumodSchema.load();

    @Test
    void acceptsTheBounceBodyKcliSends() {
        String body = "{\"campaign\":null,\"tenant\":null,\"domain\":\"example.com\",\"routing_domain\":null,"
                + "\"reason\":\"purge\",\"duration\":\"10m\",\"suppress_logging\":false}";
        assertEquals(List.of(), schema.validateRequestBody("POST", "/api/admin/bounce/v1", "application/json", body));
    }

    @Test
    void rejectsUnknownFieldsAndMissingReasonInABounce() {
        List<String> unknown = schema.validateRequestBody("POST", "/api/admin/bounce/v1", "application/json",
                "{\"queue\":\"x\",\"reason\":\"r\"}");
        assertViolation(unknown, "queue");
        List<String> missing = schema.validateRequestBody("POST", "/api/admin/bounce/v1", "application/json",
                "{\"domain\":\"example.com\"}");
        assertViolation(missing, "reason");
    }

    @Test
    void readsOpenApi31TypeArrays() {
        String entry = "{\"id\":\"" + ID + "\",\"campaign\":null,\"tenant\":null,\"domain\":\"example.com\","
                + "\"routing_domain\":null,\"reason\":\"r\",\"duration\":\"4m 50s 207ms\",\"bounced\":{},\"total_bounced\":0}";
        assertEquals(List.of(), schema.validateResponse("GET", "/api/admin/bounce/v1", 200, "application/json", "[" + entry + "]"));
        List<String> wrong = schema.validateResponse("GET", "/api/admin/bounce/v1", 200, "application/json",
                "[" + entry.replace("\"campaign\":null", "\"campaign\":5") + "]");
        assertViolation(wrong, "campaign");
    }

    @Test
    void resolvesComponentReferencesAndChecksFormats() {
        List<String> nested = schema.validateResponse("GET", "/api/admin/ready-q-states/v1", 200, "application/json",
                "{\"states_by_ready_queue\":{\"q\":{\"connection_limited\":{\"context\":\"c\"}}}}");
        assertViolation(nested, "since");
        List<String> notUuid = schema.validateResponse("POST", "/api/admin/suspend/v1", 200, "application/json",
                "{\"id\":\"not-a-uuid\"}");
        assertViolation(notUuid, "uuid");
    }

    @Test
    void reportsUndocumentedOperationsAndStatuses() {
        assertViolation(schema.validateResponse("GET", "/api/admin/nope/v1", 200, "application/json", "{}"),
                "not in kumod's API document");
        assertViolation(schema.validateResponse("PUT", "/api/admin/bounce/v1", 200, "application/json", "{}"),
                "not in kumod's API document");
        assertViolation(schema.validateResponse("POST", "/api/admin/bounce/v1", 201, "application/json", "{}"),
                "status 201 is not documented");
        assertViolation(schema.validateRequestBody("GET", "/nope", null, null), "not in kumod's API document");
    }

    @Test
    void reportsInvalidJsonAndWrongContentType() {
        assertViolation(schema.validateResponse("GET", "/api/admin/bounce/v1", 200, "application/json", "[{"),
                "not valid JSON");
        assertViolation(schema.validateResponse("GET", "/api/admin/bounce/v1", 200, "text/html", "[]"),
                "Content-Type text/html");
        assertViolation(schema.validateResponse("GET", "/api/admin/bounce/v1", 200, null, "[]"), "no Content-Type");
        assertEquals(List.of(), schema.validateResponse("GET", "/metrics", 200, "text/plain; charset=utf-8", "# TYPE x counter\n"));
    }

    @Test
    void checksQueryParameters() {
        assertEquals(List.of(), schema.validateQuery("GET", "/api/admin/inspect-sched-q/v1",
                "queue_name=tenant%40example.com&want_body=true&limit=5"));
        assertViolation(schema.validateQuery("GET", "/api/admin/inspect-sched-q/v1", "queue_name=q&limit=abc"), "limit");
        assertViolation(schema.validateQuery("GET", "/api/admin/inspect-sched-q/v1", "want_body=true"), "'queue_name' is missing");
        assertViolation(schema.validateQuery("GET", "/api/admin/inspect-sched-q/v1", "queue_name=q&queue=x"), "'queue' is not documented");
        assertViolation(schema.validateQuery("GET", "/api/admin/inspect-sched-q/v1", "queue_name=q&queue_name=r"), "repeated");
    }

    @Test
    void validatesAWholeRequest() {
        assertEquals(List.of(), schema.validateRequest("GET", "/api/admin/inspect-message/v1?id=d7ef132b5d7711eea8c8000c29c33806",
                null, "Bearer t", ""));
        List<String> violations = schema.validateRequest("DELETE", "/api/admin/bounce/v1?x=1", "application/json",
                "basic Zm9vOmJhcg==", "{\"id\":\"nope\"}");
        assertEquals(3, violations.size(), violations.toString());
    }

    static void assertViolation(List<String> violations, String expected) {
        assertTrue(violations.stream().anyMatch(v -> v.contains(expected)),
                () -> "expected a violation mentioning '" + expected + "', got " + violations);
    }
}
