package io.kumofleet.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/**
 * kcli's "natural" order for queue and provider names: {@code natural_lexical_cmp} from the
 * {@code lexicmp} 0.2.0 crate. Characters are compared case-insensitively after folding accented
 * letters to ASCII ({@link LexicalFolding}); runs of ASCII digits compare as numbers, where a longer
 * run is always the greater ({@code "a9" < "a10"}, {@code "a010" > "a10"}); letters and digits sort
 * after punctuation; and strings that fold to the same text fall back to code-point order.
 */
public final class NaturalOrder implements Comparator<String> {

    /** The comparator. */
    public static final NaturalOrder INSTANCE = new NaturalOrder();

    private NaturalOrder() {}

    /** {@code natural_lexical_cmp(a, b)} as -1, 0 or 1. */
    @Override
    public int compare(String a, String b) {
        Cursor left = new Cursor(a);
        Cursor right = new Cursor(b);
        while (true) {
            int l = left.next();
            int r = right.next();
            if (l < 0 || r < 0) {
                if (l >= 0) {
                    return 1;
                }
                return r >= 0 ? -1 : compareCodePoints(a, b);
            }
            if (isDigit(l) && isDigit(r)) {
                // Both runs advance in step, so the longer run wins before the values are compared;
                // the values are u64 in lexicmp and wrap past 20 digits, as Java longs do.
                long n1 = l - '0';
                long n2 = r - '0';
                while (true) {
                    int pl = left.peek();
                    int pr = right.peek();
                    boolean dl = isDigit(pl);
                    boolean dr = isDigit(pr);
                    if (dl && dr) {
                        n1 = n1 * 10 + (pl - '0');
                        n2 = n2 * 10 + (pr - '0');
                        left.next();
                        right.next();
                    } else if (dl) {
                        return 1;
                    } else if (dr) {
                        return -1;
                    } else if (n1 != n2) {
                        return Long.compareUnsigned(n1, n2) < 0 ? -1 : 1;
                    } else {
                        break;
                    }
                }
            } else if (l != r) {
                boolean la = isAlphanumeric(l);
                boolean ra = isAlphanumeric(r);
                if (la == ra) {
                    return l < r ? -1 : 1;
                }
                return la ? 1 : -1;
            }
        }
    }

    /**
     * {@link #compare(String, String)} of the UTF-8 texts {@code a[aFrom, aTo)} and
     * {@code b[bFrom, bTo)}, without making strings while both are ASCII.
     */
    public static int compare(byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo) {
        int i = aFrom;
        int j = bFrom;
        while (true) {
            if (i >= aTo || j >= bTo) {
                if (i < aTo) {
                    return 1;
                }
                return j < bTo ? -1 : Integer.signum(Arrays.compareUnsigned(a, aFrom, aTo, b, bFrom, bTo));
            }
            int l = a[i++];
            int r = b[j++];
            if (l < 0 || r < 0) {
                return slow(a, aFrom, aTo, b, bFrom, bTo);
            }
            if (isDigit(l) && isDigit(r)) {
                long n1 = l - '0';
                long n2 = r - '0';
                while (true) {
                    if ((i < aTo && a[i] < 0) || (j < bTo && b[j] < 0)) {
                        return slow(a, aFrom, aTo, b, bFrom, bTo);
                    }
                    boolean dl = i < aTo && isDigit(a[i]);
                    boolean dr = j < bTo && isDigit(b[j]);
                    if (dl && dr) {
                        n1 = n1 * 10 + (a[i++] - '0');
                        n2 = n2 * 10 + (b[j++] - '0');
                    } else if (dl) {
                        return 1;
                    } else if (dr) {
                        return -1;
                    } else if (n1 != n2) {
                        return Long.compareUnsigned(n1, n2) < 0 ? -1 : 1;
                    } else {
                        break;
                    }
                }
            } else {
                l = l >= 'A' && l <= 'Z' ? l + ('a' - 'A') : l;
                r = r >= 'A' && r <= 'Z' ? r + ('a' - 'A') : r;
                if (l != r) {
                    boolean la = isAlphanumeric(l);
                    boolean ra = isAlphanumeric(r);
                    if (la == ra) {
                        return l < r ? -1 : 1;
                    }
                    return la ? 1 : -1;
                }
            }
        }
    }

    private static int slow(byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo) {
        return INSTANCE.compare(new String(a, aFrom, aTo - aFrom, StandardCharsets.UTF_8),
                new String(b, bFrom, bTo - bFrom, StandardCharsets.UTF_8));
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** Rust's {@code char::is_alphanumeric}: Alphabetic, or a number of category Nd, Nl or No. */
    public static boolean isAlphanumeric(int c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        if (Character.isAlphabetic(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Rust's {@code str} order: UTF-8 bytes, which is code-point order. */
    public static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return ca < cb ? -1 : 1;
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        if (i < a.length()) {
            return 1;
        }
        return j < b.length() ? -1 : 0;
    }

    /** Walks the folded characters of a string: lexicmp's {@code iterate_lexical(..).peekable()}. */
    private static final class Cursor {
        private final String s;
        private int index;
        private String pending;
        private int pendingIndex;
        private int peeked = -2;

        Cursor(String s) {
            this.s = s;
        }

        int peek() {
            if (peeked == -2) {
                peeked = advance();
            }
            return peeked;
        }

        int next() {
            if (peeked != -2) {
                int c = peeked;
                peeked = -2;
                return c;
            }
            return advance();
        }

        private int advance() {
            while (true) {
                if (pending != null) {
                    if (pendingIndex < pending.length()) {
                        return pending.charAt(pendingIndex++);
                    }
                    pending = null;
                }
                if (index >= s.length()) {
                    return -1;
                }
                char ch = s.charAt(index);
                if (ch < 128) {
                    index++;
                    return ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch;
                }
                int cp = s.codePointAt(index);
                index += Character.charCount(cp);
                if (isAlphanumeric(cp)) {
                    String folded = LexicalFolding.fold(cp);
                    if (folded == null) {
                        return cp;
                    }
                    pending = folded;
                    pendingIndex = 0;
                } else if (cp < 0x300 || cp > 0x36F) {
                    return cp;
                }
            }
        }
    }
}
