package io.kumofleet.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NaturalOrderTest {

    @ParameterizedTest(name = "{0} < {1}")
    @CsvSource({
        // lexicmp 0.2.0's own natural_lexical_cmp cases
        "1,10", "10,15", "150,220", "334,335", "433,533", "T-1,T-5", "T-5,T-27", "T-27a,T-27b",
        "Ŧ-5,T-27", "T-5,Ŧ-27", "T-5,Ŧ-5",
        // digit runs: longer run wins, then value; leading zeros make a run longer
        "a9,a10", "a10,a010", "a99,a010", "q2.example.com,q10.example.com", "0,00", "1,01",
        // case-insensitive, then code-point order on a tie
        "a1,B", "Gmail.com,gmail.com", "gmail.com,Hotmail.com",
        // punctuation before letters and digits
        "-,a", "a-b,a0", "a.b,ab", "(alt1|alt2)?.gmail-smtp-in.l.google.com,aspmx.l.google.com",
        "a,a-", "src->a.com@smtp_client,src->a.com@smtp_clientx",
        // 20-digit runs wrap as u64 in lexicmp
        "a18446744073709551616,a18446744073709551615",
    })
    void ordersLikeKcli(String lower, String higher) {
        assertThat(NaturalOrder.INSTANCE.compare(lower, higher)).isNegative();
        assertThat(NaturalOrder.INSTANCE.compare(higher, lower)).isPositive();
    }

    @Test
    void sortsLexicmpsExamplesIntoTheirOrder() {
        assertSorts(List.of("-", "-$", "-a", "50", "100", "a", "ä", "aa", "áa", "AB", "Ab", "ab", "AE", "ae", "æ", "af"));
        assertSorts(List.of(".", "50", "100", "B!", "é", "hello", "ß", "world"));
    }

    @Test
    void isEqualOnlyForEqualStrings() {
        assertThat(NaturalOrder.INSTANCE.compare("a1b", "a1b")).isZero();
        assertThat(NaturalOrder.INSTANCE.compare("a01", "a1")).isPositive();
        assertThat(NaturalOrder.INSTANCE.compare("", "")).isZero();
        assertThat(NaturalOrder.INSTANCE.compare("", "a")).isNegative();
    }

    @Test
    void byteComparisonAgreesWithStringComparison() {
        String alphabet = "aAbB09-._:@>(|)?zé¹É ";
        Random random = new Random(3);
        for (int n = 0; n < 20_000; n++) {
            String a = randomString(random, alphabet);
            String b = random.nextInt(4) == 0 ? a + randomString(random, alphabet) : randomString(random, alphabet);
            byte[] x = a.getBytes(StandardCharsets.UTF_8);
            byte[] y = b.getBytes(StandardCharsets.UTF_8);
            assertThat(NaturalOrder.compare(x, 0, x.length, y, 0, y.length))
                    .as("%s vs %s", a, b)
                    .isEqualTo(Integer.signum(NaturalOrder.INSTANCE.compare(a, b)));
        }
    }

    private static String randomString(Random random, String alphabet) {
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private static void assertSorts(List<String> expected) {
        List<String> shuffled = new ArrayList<>(expected);
        Collections.shuffle(shuffled, new Random(1));
        shuffled.sort(NaturalOrder.INSTANCE);
        assertThat(shuffled).containsExactlyElementsOf(expected);
    }
}
