package io.kumofleet.cli.kcli;

import io.kumofleet.kumod.Humantime;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --duration} values, parsed like clap's {@code humantime::parse_duration} value parser. */
public final class HumantimeConverter implements ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        try {
            return Humantime.parse(value);
        } catch (Humantime.InvalidDurationException e) {
            throw new TypeConversionException(e.reason());
        }
    }
}
