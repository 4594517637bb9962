package io.kumofleet.kumod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** UUIDs in every form Uuid::parse_str accepts, and its messages for the rest. */
class RustUuidTest {

    private static final UUID ID = UUID.fromString("552016f1-08e7-4e90-9da3-fd5c25acd069");
    private static final String CHAR = "invalid character: expected an optional prefix of `urn:uuid:` followed by [0-9a-fA-F-], found ";

    private static String error(String text) {
        return assertThrows(RustUuid.Invalid.class, () -> RustUuid.parse(text)).getMessage();
    }

    @Test
    void acceptsEveryForm() throws Exception {
        assertEquals(ID, RustUuid.parse("552016f1-08e7-4e90-9da3-fd5c25acd069"));
        assertEquals(ID, RustUuid.parse("552016F108E74E909DA3FD5C25ACD069"));
        assertEquals(ID, RustUuid.parse("{552016f1-08e7-4e90-9da3-fd5c25acd069}"));
        assertEquals(ID, RustUuid.parse("urn:uuid:552016f1-08e7-4e90-9da3-fd5c25acd069"));
        assertEquals(new UUID(-1, -1), RustUuid.parse("ffffffff-ffff-ffff-ffff-ffffffffffff"));
        assertEquals("552016f108e74e909da3fd5c25acd069", RustUuid.simple(ID));
    }

    @Test
    void explainsWhatIsWrong() {
        assertEquals(CHAR + "`n` at 1", error("nope"));
        assertEquals("invalid length: expected length 32 for simple format, found 5", error("d7ef1"));
        assertEquals("invalid group count: expected 5, found 4", error("552016f1-08e7-4e90-9da3"));
        assertEquals("invalid group length in group 1: expected 4, found 5", error("552016f1-08e74-e90-9da3-fd5c25acd069"));
        assertEquals("invalid group length in group 4: expected 12, found 11", error("552016f1-08e7-4e90-9da3-fd5c25acd06"));
    }

    /** The cases of the crate's own test_parse_uuid_v4_invalid (src/parser.rs). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|invalid length: expected length 32 for simple format, found 0",
        "!|" + CHAR + "`!` at 1",
        "F9168C5E-CEB2-4faa-B6BF-329BF39FA1E45|invalid group length in group 4: expected 12, found 13",
        "F9168C5E-CEB2-4faa-BBF-329BF39FA1E4|invalid group length in group 3: expected 4, found 3",
        "F9168C5E-CEB2-4faa-BGBF-329BF39FA1E4|" + CHAR + "`G` at 21",
        "F9168C5E-CEB2F4faaFB6BFF329BF39FA1E4|invalid group count: expected 5, found 2",
        "F9168C5E-CEB2-4faaFB6BFF329BF39FA1E4|invalid group count: expected 5, found 3",
        "F9168C5E-CEB2-4faa-B6BFF329BF39FA1E4|invalid group count: expected 5, found 4",
        "F9168C5E-CEB2-4faa|invalid group count: expected 5, found 3",
        "F9168C5E-CEB2-4faaXB6BFF329BF39FA1E4|" + CHAR + "`X` at 19",
        "{F9168C5E-CEB2-4faa9B6BFF329BF39FA1E41|" + CHAR + "`{` at 1",
        "{F9168C5E-CEB2-4faa9B6BFF329BF39FA1E41}|invalid group count: expected 5, found 3",
        "F9168C5E-CEB-24fa-eB6BFF32-BF39FA1E4|invalid group length in group 1: expected 4, found 3",
        "01020304-1112-2122-3132-41424344|invalid group length in group 4: expected 12, found 8",
        "67e5504410b1426f9247bb680e5fe0c|invalid length: expected length 32 for simple format, found 31",
        "67e5504410b1426f9247bb680e5fe0c88|invalid length: expected length 32 for simple format, found 33",
        "67e5504410b1426f9247bb680e5fe0cg8|" + CHAR + "`g` at 32",
        "67e5504410b1426%9247bb680e5fe0c8|" + CHAR + "`%` at 16",
        "231231212212423424324323477343246663|invalid length: expected length 32 for simple format, found 36",
        "{00000000000000000000000000000000}|invalid group count: expected 5, found 1",
        "67e550X410b1426f9247bb680e5fe0cd|" + CHAR + "`X` at 7",
        "67e550-4105b1426f9247bb680e5fe0c|invalid group count: expected 5, found 2",
        "F9168C5E-CEB2-4faa-B6BF1-02BF39FA1E4|invalid group length in group 3: expected 4, found 5",
    })
    void answersAsTheCrateTests(String text, String message) {
        assertEquals(message, error(text));
    }

    @Test
    void countsInUtf8Bytes() {
        assertEquals(CHAR + "`é` at 3", error("d7é1"));
        String astral = Character.toString(0xbcf3c);
        assertEquals(CHAR + "`" + astral + "` at 1", error(astral));
        // 38 characters but 39 bytes: not the braced size, so the whole text is explained.
        assertEquals(CHAR + "`x` at 10", error("{552016f1x08e7-4e90-9da3-fd5c25acd06é}"));
    }

    @Test
    void explainsAPrefixedFormWithOtherSizesFromTheWholeText() {
        assertEquals(CHAR + "`x` at 10", error("urn:uuid:x"));
        assertEquals("invalid group count: expected 5, found 1", error("urn:uuid:552016f1"));
        assertEquals("invalid group count: expected 5, found 1", error("{552016f1}"));
        // The last group is measured against the whole text, braces or prefix included.
        assertEquals("invalid group length in group 4: expected 12, found 15",
                error("{552016f1-08e7-4e90-9da3-fd5c25acd0691}"));
        assertEquals("invalid group length in group 4: expected 12, found 22",
                error("urn:uuid:552016f1-08e7-4e90-9da3-fd5c25acd0691"));
    }

    @Test
    void explainsAPrefixedFormOfTheRightSizeFromItsInnerText() {
        // Since uuid 1.8 a 38-byte braced or 45-byte URN text is explained from its 36 inner bytes.
        assertEquals(CHAR + "`x` at 9", error("urn:uuid:552016f1x08e7-4e90-9da3-fd5c25acd069"));
        assertEquals(CHAR + "`x` at 9", error("{552016f1x08e7-4e90-9da3-fd5c25acd069}"));
        assertEquals("invalid length: expected length 32 for simple format, found 36",
                error("{552016f108e74e909da3fd5c25acd069abcd}"));
    }
}
