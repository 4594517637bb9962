package io.kumofleet.cli.kcli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A {@code name=value} argument (rebind's {@code --set}), trimmed on both sides of the first {@code =}. */
record KeyValue(String key, String value) {

    /** Reads it as kcli's {@code name_equals_value} does, with its messages. */
    static final class Converter implements ITypeConverter<KeyValue> {
        @Override
        public KeyValue convert(String argument) {
            int eq = argument.indexOf('=');
            if (eq < 0) {
                throw new TypeConversionException("Expected name=value, but got " + argument);
            }
            String key = argument.substring(0, eq).strip();
            String value = argument.substring(eq + 1).strip();
            if (key.isEmpty() || value.isEmpty()) {
                throw new TypeConversionException("Got empty name/value `" + argument + "`; expected name=value");
            }
            return new KeyValue(key, value);
        }
    }
}
