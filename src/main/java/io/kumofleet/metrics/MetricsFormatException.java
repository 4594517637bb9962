package io.kumofleet.metrics;

/**
 * A {@code /metrics} payload that is not Prometheus text as kumod writes it: a garbled line
 * (no value, unterminated label set, bad number), a sample before any {@code # TYPE} line, an
 * unknown type, or a payload that ends in the middle of a line.
 */
public final class MetricsFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long lineNumber;
    private final String reason;
    private final String excerpt;

    /** {@code lineNumber} is 1-based; {@code excerpt} is the start of the offending line. */
    public MetricsFormatException(long lineNumber, String reason, String excerpt) {
        super("line " + lineNumber + ": " + reason + ": " + excerpt);
        this.lineNumber = lineNumber;
        this.reason = reason;
        this.excerpt = excerpt;
    }

    /** The 1-based number of the offending line in the whole payload. */
    public long lineNumber() {
        return lineNumber;
    }

    /** What is wrong with the line, e.g. {@code "unterminated label set"}. */
    public String reason() {
        return reason;
    }

    /** The start of the offending line (at most {@value Excerpts#MAX_CHARS} characters), as text. */
    public String excerpt() {
        return excerpt;
    }
}
