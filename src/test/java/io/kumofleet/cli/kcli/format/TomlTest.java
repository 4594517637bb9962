package io.kumofleet.cli.kcli.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** kcli's compact pretty TOML of egress path configurations. */
class TomlTest {

    private static String toml(String json) throws Exception {
        return Toml.render(new ObjectMapper().readTree(json));
    }

    @Test
    void valuesSortedThenTablesInOrderWithEmptyTablesInline() throws Exception {
        assertEquals("""
                a = {}
                b = [1, "x", { k = 1 }]
                c = 2.5
                d = 3.0

                [z]
                m = true

                [y.inner]
                n = 1
                """, toml("{\"z\":{\"m\":true},\"d\":3.0,\"y\":{\"inner\":{\"n\":1}},\"b\":[1,\"x\",{\"k\":1}],\"none\":null,"
                + "\"a\":{},\"c\":2.5}"));
        assertEquals("", toml("{}"));
        assertEquals("[t]\nx = 1\n", toml("{\"t\":{\"x\":1}}"));
    }

    @Test
    void stringsAndKeysAreQuotedOnlyAsNeeded() throws Exception {
        assertEquals("\"a key\" = \"plain\"\nboth = \"it's \\\"x\\\"\"\nquote = 'say \"hi\"'\ntab-key_1 = \"a\tb\"\n",
                toml("{\"quote\":\"say \\\"hi\\\"\",\"a key\":\"plain\",\"both\":\"it's \\\"x\\\"\",\"tab-key_1\":\"a\\tb\"}"));
    }
}
