package io.kumofleet.kumod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kumofleet.kumod.RustUuid;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** UUIDs in every form Uuid::parse_str accepts, and its messages for the rest. */
class RustUuidTest {

    private static final UUID ID = UUID.fromString("552016f1-08e7-4e90-9da3-fd5c25acd069");

    private static String error(String text) {
        return assertThrows(RustUuid.Invalid.class, () -> RustUuid.parse(text)).getMessage();
    }

    @Test
    void acceptsEveryForm() throws Exception {
        assertEquals(ID, RustUuid.parse("552016f1-08e7-4e90-9da3-fd5c25acd069"));
        assertEquals(ID, RustUuid.parse("552016F108E74E909DA3FD5C25ACD069"));
        assertEquals(ID, RustUuid.parse("{552016f1-08e7-4e90-9da3-fd5c25acd069}"));
        assertEquals(ID, RustUuid.parse("urn:uuid:552016f1-08e7-4e90-9da3-fd5c25acd069"));
        assertEquals("552016f108e74e909da3fd5c25acd069", RustUuid.simple(ID));
    }

    @Test
    void explainsWhatIsWrong() {
        assertEquals("invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found `n` at 1",
                error("nope"));
        assertEquals("invalid length: expected length 32 for simple format, found 5", error("d7ef1"));
        assertEquals("invalid group count: expected 5, found 4", error("552016f1-08e7-4e90-9da3"));
        assertEquals("invalid group length in group 1: expected 4, found 5", error("552016f1-08e74-e90-9da3-fd5c25acd069"));
        assertEquals("invalid group length in group 4: expected 12, found 11", error("552016f1-08e7-4e90-9da3-fd5c25acd06"));
    }
}
