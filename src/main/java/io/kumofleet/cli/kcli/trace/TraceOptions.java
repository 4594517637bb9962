package io.kumofleet.cli.kcli.trace;

import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The display options both trace commands share (all applied here, not by the node, except --terse). */
class TraceOptions {

    /** When to colour the output: kcli's {@code --color tty|yes|no}. */
    enum ColorMode { TTY, YES, NO }

    @Option(names = "--color", paramLabel = "<COLOR>", defaultValue = "tty", converter = ColorConverter.class,
            description = "Whether to colorize the output: tty (only when stdout is a terminal), yes or no."
                    + " Default: tty.")
    ColorMode color;

    @Option(names = "--only-new", description = "Trace only sessions that start after the trace does.")
    boolean onlyNew;

    @Option(names = "--only-one", description = "Trace the first session seen, ignore all others, and exit when it closes.")
    boolean onlyOne;

    @Option(names = "--terse",
            description = "Abbreviate multi-line data (such as message content) to its first line and a byte count;"
                    + " useful with high traffic or large messages.")
    boolean terse;

    /** Whether to colour, given whether stdout is a terminal. */
    boolean colored(boolean terminal) {
        return color == ColorMode.YES || (color == ColorMode.TTY && terminal);
    }

    /** clap's value names, in lower case only. */
    static final class ColorConverter implements ITypeConverter<ColorMode> {
        private static final List<String> NAMES = List.of("tty", "yes", "no");

        @Override
        public ColorMode convert(String value) {
            if (!NAMES.contains(value)) {
                throw new TypeConversionException("possible values: tty, yes, no");
            }
            return ColorMode.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
