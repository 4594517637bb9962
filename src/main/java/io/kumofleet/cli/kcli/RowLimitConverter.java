package io.kumofleet.cli.kcli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A {@code --limit} on table rows, read as kcli reads its {@code usize}: decimal digits only (an
 * optional leading {@code +}, as Rust's parser allows); numbers past {@link Integer#MAX_VALUE} mean
 * "no limit", since no table has that many rows.
 */
final class RowLimitConverter implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        String digits = value.startsWith("+") ? value.substring(1) : value;
        if (digits.isEmpty()) {
            throw new TypeConversionException("cannot parse integer from empty string");
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                throw new TypeConversionException("invalid digit found in string");
            }
        }
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException tooBig) {
            return Integer.MAX_VALUE;
        }
    }
}
