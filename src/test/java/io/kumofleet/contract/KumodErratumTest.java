package io.kumofleet.contract;

import static io.kumofleet.contract.KumodSchemaTest.assertViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each erratum: the published document rejects what the real kumod does; the overlay accepts it. */
class KumodErratumTest {

    private static final String ID = "552016f1-08e7-4e90-9da3-fd5c25acd069";

    private static KumodSchema without(KumodErratum erratum) {
        Set<KumodErratum> others = EnumSet.allOf(KumodErratum.class);
        others.remove(erratum);
        return KumodSchema.load(others);
    }

    @Test
    void suspendListsAreArrays() {
        String suspend = "[{\"id\":\"" + ID + "\",\"campaign\":null,\"tenant\":null,\"domain\":\"example.com\","
                + "\"reason\":\"x\",\"duration\":\"4m 50s 207ms 320us 231ns\"}]";
        String readyQ = "[{\"id\":\"" + ID + "\",\"name\":\"src->gmail.com@smtp_client\",\"reason\":\"x\","
                + "\"duration\":\"4m\",\"expires\":\"2026-06-19T13:42:17.123456Z\"}]";
        KumodSchema published = without(KumodErratum.LIST_ANSWERS_ARE_ARRAYS);
        assertFalse(published.validateResponse("GET", "/api/admin/suspend/v1", 200, "application/json", suspend).isEmpty());
        assertFalse(published.validateResponse("GET", "/api/admin/suspend-ready-q/v1", 200, "application/json", readyQ).isEmpty());
        KumodSchema fixed = KumodSchema.load();
        assertEquals(List.of(), fixed.validateResponse("GET", "/api/admin/suspend/v1", 200, "application/json", suspend));
        assertEquals(List.of(), fixed.validateResponse("GET", "/api/admin/suspend-ready-q/v1", 200, "application/json", readyQ));
        assertViolation(fixed.validateResponse("GET", "/api/admin/suspend/v1", 200, "application/json", "[{\"id\":\"" + ID + "\"}]"),
                "reason");
    }

    @Test
    void durationsMayBeNumbersOfSeconds() {
        String bounce = "{\"domain\":\"example.com\",\"reason\":\"r\",\"duration\":600}";
        String readyQ = "{\"name\":\"q\",\"reason\":\"r\",\"duration\":1.5}";
        KumodSchema published = without(KumodErratum.DURATIONS_MAY_BE_NUMBERS);
        assertViolation(published.validateRequestBody("POST", "/api/admin/bounce/v1", "application/json", bounce), "duration");
        KumodSchema fixed = KumodSchema.load();
        assertEquals(List.of(), fixed.validateRequestBody("POST", "/api/admin/bounce/v1", "application/json", bounce));
        assertEquals(List.of(), fixed.validateRequestBody("POST", "/api/admin/suspend-ready-q/v1", "application/json", readyQ));
        assertViolation(fixed.validateRequestBody("POST", "/api/admin/suspend/v1", "application/json",
                "{\"reason\":\"r\",\"duration\":-1}"), "duration");
    }

    @Test
    void credentialsAreOptionalAndMayBeBearer() {
        KumodSchema published = without(KumodErratum.CREDENTIALS_ARE_OPTIONAL);
        assertViolation(published.validateAuthorization("GET", "/api/admin/bounce/v1", null), "missing");
        assertViolation(published.validateAuthorization("GET", "/api/admin/bounce/v1", "Bearer secret-token"), "Bearer");
        KumodSchema fixed = KumodSchema.load();
        assertEquals(List.of(), fixed.validateAuthorization("GET", "/api/admin/bounce/v1", null));
        assertEquals(List.of(), fixed.validateAuthorization("GET", "/api/admin/bounce/v1", "Bearer secret-token"));
        assertEquals(List.of(), fixed.validateAuthorization("GET", "/api/admin/bounce/v1", "Basic dXNlcjpwYXNz"));
        List<String> lowercase = fixed.validateAuthorization("GET", "/api/admin/bounce/v1", "bearer secret-token");
        assertViolation(lowercase, "case-sensitive");
        assertFalse(lowercase.toString().contains("secret-token"), "never quote credentials");
    }

    @Test
    void kcliNullGetBodyStaysAViolationWithItsExplanation() {
        KumodSchema published = without(KumodErratum.GET_BODY_IS_IGNORED);
        List<String> plain = published.validateRequestBody("GET", "/api/admin/bounce/v1", "application/json", "null");
        assertViolation(plain, "defines no request body");
        assertFalse(plain.toString().contains("kcli"));
        assertViolation(KumodSchema.load().validateRequestBody("GET", "/api/admin/bounce/v1", "application/json", "null"),
                "kcli's quirky `null` GET body");
        assertEquals(List.of(), KumodSchema.load().validateRequestBody("GET", "/api/admin/bounce/v1", null, ""));
    }

    @Test
    void cancelsAndErrorsAnswerPlainTextOrNothing() {
        KumodSchema published = without(KumodErratum.TEXT_OR_EMPTY_ANSWERS);
        String type = "text/plain; charset=utf-8";
        assertViolation(published.validateResponse("DELETE", "/api/admin/bounce/v1", 200, type, "removed " + ID), "lists no content");
        assertViolation(published.validateResponse("POST", "/api/admin/bounce/v1", 500, type, "Error: boom"), "not documented");
        KumodSchema fixed = KumodSchema.load();
        assertEquals(List.of(), fixed.validateResponse("DELETE", "/api/admin/bounce/v1", 200, type, "removed " + ID));
        assertEquals(List.of(), fixed.validateResponse("DELETE", "/api/admin/suspend/v1", 404, type, "suspend entry " + ID + " not found"));
        assertEquals(List.of(), fixed.validateResponse("POST", "/api/admin/set_diagnostic_log_filter/v1", 200, null, ""));
        assertEquals(List.of(), fixed.validateResponse("POST", "/api/admin/spool-compact/v1", 200, null, ""));
        assertEquals(List.of(), fixed.validateResponse("POST", "/api/admin/bounce/v1", 500, type, "Error: boom"));
        assertEquals(List.of(), fixed.validateResponse("POST", "/api/admin/bounce/v1", 422, type, "Failed to deserialize"));
        assertEquals(List.of(), fixed.validateResponse("GET", "/api/check-liveness/v1", 200, null, "OK"));
        assertViolation(fixed.validateResponse("GET", "/api/admin/inspect-sched-q/v1", 404, "application/json", "{}"), "text/plain");
        assertViolation(fixed.validateResponse("POST", "/api/admin/bounce/v1", 302, type, ""), "not documented");
    }

    @Test
    void oneRecipientIsAString() {
        String message = "{\"id\":\"d7ef132b5d7711eea8c8000c29c33806\",\"message\":{\"sender\":\"a@example.com\","
                + "\"recipient\":\"b@example.com\",\"meta\":{},\"data\":null}}";
        KumodSchema published = without(KumodErratum.RECIPIENT_MAY_BE_ONE_STRING);
        assertViolation(published.validateResponse("GET", "/api/admin/inspect-message/v1", 200, "application/json", message),
                "recipient");
        KumodSchema fixed = KumodSchema.load();
        assertEquals(List.of(), fixed.validateResponse("GET", "/api/admin/inspect-message/v1", 200, "application/json", message));
        assertEquals(List.of(), fixed.validateResponse("GET", "/api/admin/inspect-message/v1", 200, "application/json",
                message.replace("\"b@example.com\"", "[\"b@example.com\",\"c@example.com\"]")));
        assertViolation(fixed.validateResponse("GET", "/api/admin/inspect-message/v1", 200, "application/json",
                message.replace("\"b@example.com\"", "5")), "recipient");
    }

    @Test
    void mxPreferenceKeysAreDigitStrings() {
        String resolved = "{\"domain\":\"gmail.com\",\"source\":\"unspecified\",\"mx\":{\"site_name\":\"gmail-smtp-in.l.google.com\","
                + "\"by_preference\":{\"10\":[\"mx1.example.com\"]},\"is_mx\":true,\"is_domain_literal\":false,"
                + "\"is_secure\":false},\"queue_name\":\"q\",\"queue_config\":{},\"path_config\":{},\"constraints\":"
                + "{\"max_concurrent_dispatchers\":{\"value\":32.0,\"source\":{\"kind\":\"primary\"},\"display\":\"32\"}}}";
        KumodSchema published = without(KumodErratum.MX_PREFERENCE_KEYS_ARE_STRINGS);
        assertViolation(published.validateResponse("GET", "/api/admin/resolve-egress-path/v1", 200, "application/json", resolved),
                "by_preference");
        KumodSchema fixed = KumodSchema.load();
        assertEquals(List.of(), fixed.validateResponse("GET", "/api/admin/resolve-egress-path/v1", 200, "application/json", resolved));
        assertViolation(fixed.validateResponse("GET", "/api/admin/resolve-egress-path/v1", 200, "application/json",
                resolved.replace("\"10\"", "\"ten\"")), "by_preference");
    }
}
