package io.kumofleet.cli.kcli.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumofleet.text.Thousands;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Rust's Display and Debug formats that kcli's output relies on. */
class RustFormatTest {

    @Test
    void elapsedTimeIsDebugWithoutDecimalsRightAlignedToFive() {
        assertEquals("  0ns", RustFormat.elapsed(Duration.ZERO));
        assertEquals(" 12ms", RustFormat.elapsed(Duration.ofMillis(12)));
        assertEquals("101ms", RustFormat.elapsed(Duration.ofNanos(100_500_000)));
        assertEquals("500µs", RustFormat.elapsed(Duration.ofNanos(499_500)));
        assertEquals("   2s", RustFormat.elapsed(Duration.ofMillis(1500)));
        assertEquals("   2s", RustFormat.elapsed(Duration.ofMillis(2499)));
        assertEquals("1000ms", RustFormat.elapsed(Duration.ofNanos(999_600_000)));
        assertEquals("3601s", RustFormat.elapsed(Duration.ofSeconds(3601)));
    }

    @Test
    void escapeDebugEscapesQuotesControlsAndLeadingCombiningMarks() {
        assertEquals("a\\tb\\\"c\\'d\\\\", RustFormat.escapeDebug("a\tb\"c'd\\"));
        assertEquals("\\u{1b}[0m é \\u{7f}", RustFormat.escapeDebug("\u001b[0m é \u007f"));
        assertEquals("\\u{301}x\u0301", RustFormat.escapeDebug("\u0301x\u0301"));
        assertEquals("\"it's \\\"x\\\"\"", RustFormat.debugString("it's \"x\""));
    }

    @Test
    void valuesDebugAsSerdeJsonValue() throws Exception {
        var json = new ObjectMapper().readTree("{\"b\":[1,2.5,-3],\"a\":{\"x\":null,\"y\":true},\"c\":\"q\\\"\",\"d\":1.0}");
        assertEquals("Object {\"a\": Object {\"x\": Null, \"y\": Bool(true)}, \"b\": Array [Number(1), Number(2.5), "
                + "Number(-3)], \"c\": String(\"q\\\"\"), \"d\": Number(1)}", RustFormat.debugValue(json));
        assertEquals("None", RustFormat.debugOptionalBool(null));
        assertEquals("Some(true)", RustFormat.debugOptionalBool(json.get("a").get("y")));
    }

    @Test
    void chronoUtcDisplayAndNumbers() {
        assertEquals("2026-06-19 13:42:17 UTC", RustFormat.utc(Instant.parse("2026-06-19T13:42:17Z")));
        assertEquals("2026-06-19 13:42:17.120 UTC", RustFormat.utc(Instant.parse("2026-06-19T13:42:17.12Z")));
        assertEquals("2026-06-19 13:42:17.123456 UTC", RustFormat.utc(Instant.parse("2026-06-19T13:42:17.123456Z")));
        assertEquals("2026-06-19 13:42:17.000000001 UTC", RustFormat.utc(Instant.parse("2026-06-19T13:42:17.000000001Z")));
        assertEquals("1,234,567", Thousands.format(1_234_567));
        assertEquals("0", Thousands.format(0));
        assertEquals("0.5", RustFormat.oneDecimal(0.49));
        assertEquals("0.2", RustFormat.oneDecimal(0.25));
        assertEquals("0.3", RustFormat.oneDecimal(0.35));
        assertEquals("18.0", RustFormat.oneDecimal(18));
    }
}
