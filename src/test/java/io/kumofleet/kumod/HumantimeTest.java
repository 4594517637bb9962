package io.kumofleet.kumod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HumantimeTest {

    private static Duration d(long seconds, long nanos) {
        return Duration.ofSeconds(seconds, nanos);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "17nsec, 0, 17", "17nanos, 0, 17", "33ns, 0, 33",
        "3usec, 0, 3000", "78us, 0, 78000", "163µs, 0, 163000",
        "31msec, 0, 31000000", "31millis, 0, 31000000", "6ms, 0, 6000000",
        "3000s, 3000, 0", "300sec, 300, 0", "300secs, 300, 0", "50seconds, 50, 0", "1second, 1, 0",
        "100m, 6000, 0", "12min, 720, 0", "12mins, 720, 0", "1minute, 60, 0", "7minutes, 420, 0",
        "2h, 7200, 0", "7hr, 25200, 0", "7hrs, 25200, 0", "1hour, 3600, 0", "24hours, 86400, 0",
        "1day, 86400, 0", "2days, 172800, 0", "365d, 31536000, 0",
        "1week, 604800, 0", "7weeks, 4233600, 0", "52w, 31449600, 0", "100wk, 60480000, 0", "104wks, 62899200, 0",
        "1month, 2630016, 0", "3months, 7890048, 0", "12M, 31560192, 0",
        "1year, 31557600, 0", "7years, 220903200, 0", "17y, 536479200, 0", "10yr, 315576000, 0", "15yrs, 473364000, 0",
    })
    void parsesEveryUnitSpelling(String text, long seconds, long nanos) {
        assertEquals(d(seconds, nanos), Humantime.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "5m|300|0",
        "20 minutes|1200|0",
        "1h 30m|5400|0",
        "1h30m|5400|0",
        "15 seconds|15|0",
        "10m|600|0",
        "20 min 17 nsec |1200|17",
        "2h 15m|8100|0",
        "  2h|7200|0",
        "1 2s|12|0",
        "4m 50s 207ms 320us 231ns|290|207320231",
        "1day 2h|93600|0",
        "1h1h|7200|0",
        "0|0|0",
        "0s|0|0",
    })
    void parsesSumsAndSpacing(String text, long seconds, long nanos) {
        assertEquals(d(seconds, nanos), Humantime.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "1.5h|5400|0", "0.5h|1800|0", "1.2s|1|200000000", "1.000000002s|1|2", "1.123456789s|1|123456789",
        "3.1us|0|3100", "31.000001ms|0|31000001", "12.1min|726|0", "1.5days|129600|0", "0.0s|0|0",
        "1.234s 0.345ms 0.678us 0ns|1|234345678", "1.234s0.345ms0.678us0ns|1|234345678",
        "1.5min|90|0", "0.5s 0.5s|1|0",
    })
    void parsesExactFractions(String text, long seconds, long nanos) {
        assertEquals(d(seconds, nanos), Humantime.parse(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "5|time unit needed, for example 5sec or 5ms",
        "123|time unit needed, for example 123sec or 123ms",
        "10 months 1|time unit needed, for example 1sec or 1ms",
        "5x|unknown time unit \"x\", supported units: ns, us/µs, ms, sec, min, hours, days, weeks, months, years (and few variations)",
        "10nights|unknown time unit \"nights\", supported units: ns, us/µs, ms, sec, min, hours, days, weeks, months, years (and few variations)",
        "5 M s|expected number at 4",
        "1~|invalid character at 1",
        "1Nå|invalid character at 2",
        "1.s|invalid character at 1",
        "1..s|invalid character at 1",
        ".1s|expected number at 0",
        "-5m|expected number at 0",
        "2h m|expected number at 3",
        "m|expected number at 0",
        "17.5ns|number is too large or cannot be represented without a lack of precision (values below 1ns are not supported)",
        "0.0000000002s|number is too large or cannot be represented without a lack of precision (values below 1ns are not supported)",
        "0.0001h|number is too large or cannot be represented without a lack of precision (values below 1ns are not supported)",
        "100000000000000000000s|number is too large or cannot be represented without a lack of precision (values below 1ns are not supported)",
        "10000000000000y|number is too large or cannot be represented without a lack of precision (values below 1ns are not supported)",
    })
    void rejectsWithHumantimeReasons(String text, String reason) {
        Humantime.InvalidDurationException e =
                assertThrows(Humantime.InvalidDurationException.class, () -> Humantime.parse(text));
        assertEquals(reason, e.reason());
        assertEquals(text, e.input());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\r"})
    void rejectsEmptyInput(String text) {
        Humantime.InvalidDurationException e =
                assertThrows(Humantime.InvalidDurationException.class, () -> Humantime.parse(text));
        assertEquals("value was empty", e.reason());
    }

    @Test
    void exceptionMessageNamesTheInputInSerdeWords() {
        Humantime.InvalidDurationException e =
                assertThrows(Humantime.InvalidDurationException.class, () -> Humantime.parse("5x"));
        assertEquals("invalid value: string \"5x\", expected a duration", e.getMessage());
        Humantime.InvalidDurationException quoted =
                assertThrows(Humantime.InvalidDurationException.class, () -> Humantime.parse("a\"b"));
        assertEquals("invalid value: string \"a\\\"b\", expected a duration", quoted.getMessage());
    }

    @Test
    void bareNumbersOtherThanZeroFail() {
        assertThrows(Humantime.InvalidDurationException.class, () -> Humantime.parse("300"));
        assertThrows(Humantime.InvalidDurationException.class, () -> Humantime.parse(" 0"));
        assertEquals(Duration.ZERO, Humantime.parse("0"));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "0|0|0s",
        "300|0|5m",
        "290|207320231|4m 50s 207ms 320us 231ns",
        "93600|0|1day 2h",
        "172800|0|2days",
        "9420|0|2h 37m",
        "0|32000000|32ms",
        "0|1|1ns",
        "0|1000|1us",
        "31557600|0|1year",
        "63115200|0|2years",
        "2630016|0|1month",
        "5260032|0|2months",
        "34187616|0|1year 1month",
        "34274223|5|1year 1month 1day 3m 27s 5ns",
        "3600|0|1h",
        "86399|999999999|23h 59m 59s 999ms 999us 999ns",
    })
    void formatsLikeFormatDuration(long seconds, long nanos, String expected) {
        assertEquals(expected, Humantime.format(d(seconds, nanos)));
    }

    @Test
    void formatRejectsNegative() {
        assertThrows(IllegalArgumentException.class, () -> Humantime.format(Duration.ofSeconds(-1)));
    }

    @Test
    void formatAndParseRoundTrip() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            Duration value = d(Math.floorMod(random.nextLong(), 253_370_764_800L), random.nextInt(1_000_000_000));
            assertEquals(value, Humantime.parse(Humantime.format(value)), () -> Humantime.format(value));
        }
        for (long second = 0; second < 86_400; second += 7) {
            Duration value = Duration.ofSeconds(second);
            assertEquals(value, Humantime.parse(Humantime.format(value)));
        }
    }
}
