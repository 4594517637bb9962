package io.kumofleet.text;

import java.util.Arrays;

/**
 * How many terminal cells a string takes, as kcli's {@code tabout} 0.3 measures it (termwiz 0.8's
 * {@code unicode_column_width} over {@code unicode-width} 0.1.14), closely enough for table cells:
 * East Asian wide and fullwidth characters and emoji take 2 cells, an emoji presentation sequence
 * ({@code 🗑️} = U+1F5D1 U+FE0F) and an emoji ZWJ or modifier sequence take 2, combining marks and
 * other zero-width characters take 0, everything else 1. The wide ranges are Unicode 14's
 * {@code EastAsianWidth} W and F; the emoji-sequence rules approximate the emoji data files.
 */
public final class DisplayWidth {

    private static final int ZWJ = 0x200D;
    private static final int VS15 = 0xFE0E;
    private static final int VS16 = 0xFE0F;

    /** Emoji modifier bases that are not East Asian wide (termwiz counts them as 2). */
    private static final int[] NARROW_MODIFIER_BASES = {0x261D, 0x26F9, 0x270C, 0x270D, 0x1F574, 0x1F575, 0x1F590};

    /** Inclusive ranges of wide code points, sorted. */
    private static final int[] WIDE = {
            0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0, 0x23F3, 0x23F3,
            0x25FD, 0x25FE, 0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F, 0x2693, 0x2693, 0x26A1, 0x26A1,
            0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA,
            0x26F2, 0x26F3, 0x26F5, 0x26F5, 0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B,
            0x2728, 0x2728, 0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
            0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55, 0x2E80, 0x2E99,
            0x2E9B, 0x2EF3, 0x2F00, 0x2FD5, 0x2FF0, 0x2FFB, 0x3000, 0x303E, 0x3041, 0x3096, 0x3099, 0x30FF,
            0x3105, 0x312F, 0x3131, 0x318E, 0x3190, 0x31E3, 0x31F0, 0x321E, 0x3220, 0x3247, 0x3250, 0x4DBF,
            0x4E00, 0xA48C, 0xA490, 0xA4C6, 0xA960, 0xA97C, 0xAC00, 0xD7A3, 0xF900, 0xFAFF, 0xFE10, 0xFE19,
            0xFE30, 0xFE52, 0xFE54, 0xFE66, 0xFE68, 0xFE6B, 0xFF01, 0xFF60, 0xFFE0, 0xFFE6, 0x16FE0, 0x16FE4,
            0x16FF0, 0x16FF1, 0x17000, 0x187F7, 0x18800, 0x18CD5, 0x18D00, 0x18D08, 0x1AFF0, 0x1AFF3,
            0x1AFF5, 0x1AFFB, 0x1AFFD, 0x1AFFE, 0x1B000, 0x1B122, 0x1B150, 0x1B152, 0x1B164, 0x1B167,
            0x1B170, 0x1B2FB, 0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E, 0x1F191, 0x1F19A,
            0x1F200, 0x1F202, 0x1F210, 0x1F23B, 0x1F240, 0x1F248, 0x1F250, 0x1F251, 0x1F260, 0x1F265,
            0x1F300, 0x1F320, 0x1F32D, 0x1F335, 0x1F337, 0x1F37C, 0x1F37E, 0x1F393, 0x1F3A0, 0x1F3CA,
            0x1F3CF, 0x1F3D3, 0x1F3E0, 0x1F3F0, 0x1F3F4, 0x1F3F4, 0x1F3F8, 0x1F43E, 0x1F440, 0x1F440,
            0x1F442, 0x1F4FC, 0x1F4FF, 0x1F53D, 0x1F54B, 0x1F54E, 0x1F550, 0x1F567, 0x1F57A, 0x1F57A,
            0x1F595, 0x1F596, 0x1F5A4, 0x1F5A4, 0x1F5FB, 0x1F64F, 0x1F680, 0x1F6C5, 0x1F6CC, 0x1F6CC,
            0x1F6D0, 0x1F6D2, 0x1F6D5, 0x1F6D7, 0x1F6DD, 0x1F6DF, 0x1F6EB, 0x1F6EC, 0x1F6F4, 0x1F6FC,
            0x1F7E0, 0x1F7EB, 0x1F7F0, 0x1F7F0, 0x1F90C, 0x1F93A, 0x1F93C, 0x1F945, 0x1F947, 0x1F9FF,
            0x1FA70, 0x1FA74, 0x1FA78, 0x1FA7C, 0x1FA80, 0x1FA86, 0x1FA90, 0x1FAAC, 0x1FAB0, 0x1FABA,
            0x1FAC0, 0x1FAC5, 0x1FAD0, 0x1FAD9, 0x1FAE0, 0x1FAE7, 0x1FAF0, 0x1FAF6, 0x20000, 0x2FFFD,
            0x30000, 0x3FFFD,
    };

    private DisplayWidth() {}

    /** The width of {@code s} in terminal cells. */
    public static int of(String s) {
        int width = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            int base = s.codePointAt(i);
            i += Character.charCount(base);
            if (base < 0x7F && base >= 0x20) {
                if (i >= n || s.charAt(i) < 0x300) {
                    width++;
                    continue;
                }
            }
            int clusterWidth = charWidth(base);
            boolean modifier = isModifierBase(base);
            boolean emoji = isEmojiBase(base);
            while (i < n) {
                int next = s.codePointAt(i);
                if (next == ZWJ) {
                    i += Character.charCount(next);
                    if (i < n) {
                        int joined = s.codePointAt(i);
                        i += Character.charCount(joined);
                        emoji |= isEmojiBase(joined);
                        if (emoji) {
                            clusterWidth = 2;
                        }
                    }
                } else if (next == VS16) {
                    i++;
                    if (emoji) {
                        clusterWidth = 2;
                    }
                } else if (next == VS15) {
                    i++;
                    if (emoji && clusterWidth == 2 && base > 0xFFFF) {
                        clusterWidth = 1;
                    }
                } else if (next >= 0x1F3FB && next <= 0x1F3FF) {
                    i += 2;
                    modifier = true;
                } else if (isExtender(next)) {
                    i += Character.charCount(next);
                } else if (isRegionalIndicator(base) && isRegionalIndicator(next)) {
                    i += 2;
                    base = -1;
                    clusterWidth = 2;
                } else {
                    break;
                }
            }
            width += modifier ? 2 : clusterWidth;
        }
        return width;
    }

    private static int charWidth(int cp) {
        if (isZeroWidth(cp)) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    static boolean isWide(int cp) {
        if (cp < 0x1100) {
            return false;
        }
        int at = Arrays.binarySearch(WIDE, cp);
        // An exact hit is a range bound; otherwise an odd insertion point lies inside a range.
        return at >= 0 || ((-at - 1) & 1) == 1;
    }

    private static boolean isZeroWidth(int cp) {
        if (cp == '\n') {
            return true;
        }
        if ((cp >= 0x1160 && cp <= 0x11FF) || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2060 && cp <= 0x2064)
                || cp == 0xFEFF) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || (type == Character.FORMAT && cp != 0xAD);
    }

    private static boolean isExtender(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0020 && cp <= 0xE007F);
    }

    /** Characters that can start an emoji sequence: symbols and the keycap bases {@code # * 0-9}. */
    private static boolean isEmojiBase(int cp) {
        if (cp < 0x80) {
            return cp == '#' || cp == '*' || (cp >= '0' && cp <= '9');
        }
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL
                || (cp >= 0x203C && cp <= 0x2049) || isRegionalIndicator(cp);
    }

    private static boolean isModifierBase(int cp) {
        return Arrays.binarySearch(NARROW_MODIFIER_BASES, cp) >= 0;
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }
}
