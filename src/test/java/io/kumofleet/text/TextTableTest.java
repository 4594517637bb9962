package io.kumofleet.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTableTest {

    @Test
    void rendersLikeTabout() {
        List<Column> columns = List.of(Column.left("hello"), new Column("middle-of-me", Alignment.CENTER),
                Column.right("world"));
        String out = TextTable.render(columns, List.of(List.of("one", "i", "two"), List.of("longer", "boo", "again")));
        assertThat(out).isEqualTo("hello  middle-of-me world\n"
                + "one         i         two\n"
                + "longer     boo      again\n");
    }

    @Test
    void padsTheLastColumnAndMeasuresCellsNotChars() {
        // The shape of kcli's inspect-ready-q snapshot: an unnamed last column holding "⚠ STALL?".
        List<Column> columns = List.of(Column.right("RATE"), Column.left(""));
        String out = TextTable.render(columns, List.of(List.of("0.5/s", "⚠ STUCK"), List.of("18.0/s", ""),
                List.of("0.1/s", "⚠ STALL?")));
        assertThat(out).isEqualTo("  RATE         \n"
                + " 0.5/s ⚠ STUCK \n"
                + "18.0/s         \n"
                + " 0.1/s ⚠ STALL?\n");
    }

    @Test
    void emptyTableIsTheHeaderAndRaggedRowsFollowTabout() {
        assertThat(TextTable.render(List.of(Column.left("A"), Column.right("BB"), Column.left("")), List.of()))
                .isEqualTo("A BB \n");
        assertThat(TextTable.render(List.of(Column.left("A")), List.of(List.of("x", "extra"), List.of("yy"))))
                .isEqualTo("A \nx  extra\nyy\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "abc,3", "'',0", "🛑suspend: x,12", "🗑️ bounce: x,12", "🗑 bounce: x,11", "⚠ STUCK,7", "北京,4", "é,1",
        "e\u0301,1", "👍🏽,2", "👩‍💻,2", "🇫🇷,2", "ｆｕｌｌ,8", "#️⃣,2",
    })
    void measuresTerminalCells(String text, int width) {
        assertThat(DisplayWidth.of(text)).isEqualTo(width);
    }

    @ParameterizedTest
    @CsvSource({"0,0", "999,999", "1000,'1,000'", "1142,'1,142'", "123456789,'123,456,789'", "-1234,'-1,234'",
        "9223372036854775807,'9,223,372,036,854,775,807'"})
    void formatsThousandsLikeNumFormatEn(long value, String text) {
        assertThat(Thousands.format(value)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-06-19T13:42:17.123Z,2026-06-19 13:42:17.123 UTC",
        "2026-06-19T13:42:17Z,2026-06-19 13:42:17 UTC",
        "2026-06-19T13:42:17.000120Z,2026-06-19 13:42:17.000120 UTC",
        "2026-06-19T13:42:17.000000007Z,2026-06-19 13:42:17.000000007 UTC",
        "0999-01-02T03:04:05Z,0999-01-02 03:04:05 UTC",
    })
    void formatsInstantsLikeChrono(String instant, String text) {
        assertThat(ChronoDisplay.utc(Instant.parse(instant))).isEqualTo(text);
    }
}
