package io.kumofleet.text;

import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Folds a non-ASCII letter or digit to lower-case ASCII the way lexicmp does with the
 * {@code deunicode} crate, approximately: compatibility decomposition without the accents
 * ({@code é → e}, {@code ﬁ → fi}) plus the Latin letters that do not decompose ({@code ß → ss},
 * {@code æ → ae}). Scripts deunicode romanises (Greek, Cyrillic, CJK) are left as they are, so
 * only names in those scripts can sort differently from kcli.
 */
final class LexicalFolding {

    private static final String NONE = "";
    private static final Map<Integer, String> SPECIAL = Map.ofEntries(
            Map.entry((int) 'ß', "ss"), Map.entry((int) 'ẞ', "ss"),
            Map.entry((int) 'æ', "ae"), Map.entry((int) 'Æ', "ae"),
            Map.entry((int) 'œ', "oe"), Map.entry((int) 'Œ', "oe"),
            Map.entry((int) 'ø', "o"), Map.entry((int) 'Ø', "o"),
            Map.entry((int) 'đ', "d"), Map.entry((int) 'Đ', "d"),
            Map.entry((int) 'ð', "d"), Map.entry((int) 'Ð', "d"),
            Map.entry((int) 'þ', "th"), Map.entry((int) 'Þ', "th"),
            Map.entry((int) 'ł', "l"), Map.entry((int) 'Ł', "l"),
            Map.entry((int) 'ħ', "h"), Map.entry((int) 'Ħ', "h"),
            Map.entry((int) 'ŧ', "t"), Map.entry((int) 'Ŧ', "t"),
            Map.entry((int) 'ƀ', "b"), Map.entry((int) 'Ƀ', "b"),
            Map.entry((int) 'ɨ', "i"), Map.entry((int) 'Ɨ', "i"),
            Map.entry((int) 'ƶ', "z"), Map.entry((int) 'Ƶ', "z"),
            Map.entry((int) 'ǥ', "g"), Map.entry((int) 'Ǥ', "g"),
            Map.entry((int) 'ı', "i"), Map.entry((int) 'ŋ', "ng"), Map.entry((int) 'Ŋ', "ng"));
    private static final Map<Integer, String> CACHE = new ConcurrentHashMap<>();

    private LexicalFolding() {}

    /** The lower-case ASCII for {@code cp}, or null to compare the character itself. */
    static String fold(int cp) {
        String folded = CACHE.computeIfAbsent(cp, LexicalFolding::compute);
        return folded == NONE ? null : folded;
    }

    private static String compute(int cp) {
        String special = SPECIAL.get(cp);
        if (special != null) {
            return special;
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c >= 128) {
                return NONE;
            }
            out.append(Character.toLowerCase(c));
        }
        String trimmed = out.toString().trim();
        return trimmed.isEmpty() ? NONE : trimmed;
    }
}
