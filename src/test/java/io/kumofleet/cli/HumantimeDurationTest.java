package io.kumofleet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** humantime 2.4's parse and format, as kcli applies them to --duration and to the durations it prints. */
class HumantimeDurationTest {

    private static Duration parse(String text) throws HumantimeDuration.Invalid {
        return HumantimeDuration.parse(text);
    }

    private static String error(String text) {
        return assertThrows(HumantimeDuration.Invalid.class, () -> parse(text)).getMessage();
    }

    @Test
    void parsesUnitsSumsAndFractions() throws Exception {
        assertEquals(Duration.ofSeconds(9420), parse("2h 37min"));
        assertEquals(Duration.ofMillis(32), parse("32ms"));
        assertEquals(Duration.ofMillis(4200), parse("4.2s"));
        assertEquals(Duration.ofMinutes(90), parse("1h 30m"));
        assertEquals(Duration.ofMinutes(90), parse("1.5h"));
        assertEquals(Duration.ofMinutes(20), parse("20 minutes"));
        assertEquals(Duration.ofSeconds(15), parse("  15 seconds "));
        assertEquals(Duration.ZERO, parse("0"));
        assertEquals(Duration.ofNanos(17), parse("17nsec"));
        assertEquals(Duration.ofNanos(78_000), parse("78µs"));
        assertEquals(Duration.ofDays(14), parse("2w"));
        assertEquals(Duration.ofSeconds(2_630_016), parse("1M"));
        assertEquals(Duration.ofSeconds(31_557_600), parse("1year"));
        assertEquals(Duration.ofSeconds(3661), parse("1h1m1s"));
        assertEquals(Duration.ofNanos(290_207_320_231L), parse("4m 50s 207ms 320us 231ns"));
    }

    @Test
    void refusesWithHumantimesMessages() {
        assertEquals("value was empty", error(""));
        assertEquals("value was empty", error("   "));
        assertEquals("unknown time unit \"x\", supported units: ns, us/µs, ms, sec, min, hours, days, weeks, months,"
                + " years (and few variations)", error("5x"));
        assertEquals("time unit needed, for example 5sec or 5ms", error("5"));
        assertEquals("expected number at 3", error("1h bogus"));
        assertEquals("expected number at 0", error("h"));
        assertEquals("invalid character at 2", error("10-5m"));
        assertEquals("invalid character at 1", error("1.s"));
        assertEquals("number is too large or cannot be represented without a lack of precision (values below 1ns are"
                + " not supported)", error("99999999999999999999s"));
        assertEquals(error("99999999999999999999s"), error("1.5ns"));
    }

    @Test
    void formatsLikeFormatDuration() {
        assertEquals("0s", HumantimeDuration.format(Duration.ZERO));
        assertEquals("2h 37m", HumantimeDuration.format(Duration.ofSeconds(9420)));
        assertEquals("32ms", HumantimeDuration.format(Duration.ofMillis(32)));
        assertEquals("4m 50s 207ms 320us 231ns", HumantimeDuration.format(Duration.ofNanos(290_207_320_231L)));
        assertEquals("1day 2h", HumantimeDuration.format(Duration.ofHours(26)));
        assertEquals("2days", HumantimeDuration.format(Duration.ofDays(2)));
        assertEquals("1year 1month", HumantimeDuration.format(Duration.ofSeconds(31_557_600 + 2_630_016)));
        assertEquals("10m", HumantimeDuration.normalize("600s"));
        assertEquals("not a duration", HumantimeDuration.normalize("not a duration"));
    }
}
