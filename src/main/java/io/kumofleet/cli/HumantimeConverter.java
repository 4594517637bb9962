package io.kumofleet.cli;

import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --duration} values, parsed like clap's {@code humantime::parse_duration} value parser. */
final class HumantimeConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        try {
            return HumantimeDuration.parse(value);
        } catch (HumantimeDuration.Invalid e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
