package io.kumofleet.cli.kcli.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** serde_json's writers: pretty layout, compact form, string escapes, float notation and Value key order. */
class PrettyJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void prettyIsSerdesLayout() throws Exception {
        assertEquals("{\n  \"a\": {},\n  \"b\": [],\n  \"c\": [\n    1,\n    {\n      \"d\": null\n    }\n  ]\n}",
                PrettyJson.pretty(json.readTree("{\"a\":{},\"b\":[],\"c\":[1,{\"d\":null}]}")));
        assertEquals("[]", PrettyJson.pretty(json.readTree("[]")));
        assertEquals("{\"a\":[1,true],\"b\":\"x\"}", PrettyJson.compact(json.readTree("{ \"a\" : [ 1 , true ], \"b\":\"x\" }")));
    }

    @Test
    void stringsAreEscapedAsSerdeEscapesThem() throws Exception {
        assertEquals("\"q\\\" b\\\\ n\\n t\\t \\u0001 \u007f é \u2028 /\"",
                PrettyJson.compact(json.readTree("\"q\\\" b\\\\ n\\n t\\t \\u0001 \u007f é \u2028 /\"")));
    }

    @Test
    void floatsUseRyuNotation() {
        assertEquals("18.0", PrettyJson.float64(18));
        assertEquals("0.49", PrettyJson.float64(0.49));
        assertEquals("-2.5", PrettyJson.float64(-2.5));
        assertEquals("1000000000000000.0", PrettyJson.float64(1e15));
        assertEquals("1e16", PrettyJson.float64(1e16));
        assertEquals("1.5e-7", PrettyJson.float64(1.5e-7));
        assertEquals("0.00001", PrettyJson.float64(1e-5));
        assertEquals("1e-6", PrettyJson.float64(1e-6));
        assertEquals("1.2345678901234568e17", PrettyJson.float64(1.2345678901234568e17));
    }

    @Test
    void valuesAreSortedByKeyAtEveryLevel() throws Exception {
        assertEquals("{\"Z\":1,\"a\":[{\"b\":1,\"c\":2}],\"é\":{\"x\":1,\"y\":2}}", PrettyJson.compact(PrettyJson.sorted(
                json.readTree("{\"é\":{\"y\":2,\"x\":1},\"a\":[{\"c\":2,\"b\":1}],\"Z\":1}"))));
    }
}
