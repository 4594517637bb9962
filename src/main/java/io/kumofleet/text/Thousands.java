package io.kumofleet.text;

/** Formats counts as kcli does with {@code num-format}'s {@code Locale::en}: {@code 1,142}. */
public final class Thousands {

    private Thousands() {}

    /** {@code value} with a comma between each group of three digits. */
    public static String format(long value) {
        String digits = Long.toString(value);
        int sign = value < 0 ? 1 : 0;
        int length = digits.length() - sign;
        if (length <= 3) {
            return digits;
        }
        StringBuilder out = new StringBuilder(digits.length() + length / 3);
        out.append(digits, 0, sign);
        int first = length % 3 == 0 ? 3 : length % 3;
        out.append(digits, sign, sign + first);
        for (int i = sign + first; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }
}
