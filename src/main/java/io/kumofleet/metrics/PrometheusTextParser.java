package io.kumofleet.metrics;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A streaming parser of kumod's {@code /metrics} Prometheus text, fed the body in chunks as they
 * arrive; lines may be split anywhere between chunks. It keeps only the current partial line, so
 * memory follows what the {@link SampleSink} keeps, never the payload size.
 *
 * <p>It accepts what kcli's parser accepts (CONTRACT.md 5.5): {@code # TYPE} lines of type
 * {@code counter}, {@code gauge} or {@code histogram}, other {@code #} lines and empty lines ignored,
 * unescaped label values, {@code ,} or {@code ", "} label separators, integer, float, {@code ±Inf} and
 * {@code NaN} values. It rejects, with a {@link MetricsFormatException} naming the line, what kcli
 * rejects (a sample before any TYPE line, an unknown type, an unparseable value, a histogram sample
 * that is not {@code _bucket}/{@code _sum}/{@code _count} or a bucket without a numeric {@code le},
 * a payload ending mid-line) and also lines kcli would misread: a missing value, an unterminated
 * label set, a bad metric or label name. After an error the parser refuses further input.
 *
 * <p>Not thread-safe: feed it from one thread at a time.
 */
public final class PrometheusTextParser {

    /** Longer lines are rejected rather than buffered without bound. */
    public static final int MAX_LINE_BYTES = 1 << 20;

    private static final byte[] TYPE_PREFIX = "# TYPE ".getBytes(StandardCharsets.US_ASCII);

    private final SampleSink sink;
    private final SampleLineParser lineParser;
    private final Sample sample;
    private byte[] carry = new byte[256];
    private int carryLength;
    private long lineNumber;
    private long samples;
    private boolean failed;
    private boolean finished;

    /** A parser that hands the samples of {@code selection} to {@code sink}. */
    public PrometheusTextParser(MetricSelection selection, SampleSink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.lineParser = new SampleLineParser(Objects.requireNonNull(selection, "selection"));
        this.sample = new Sample(new StringTable(), selection);
    }

    /** Parses the next {@code len} bytes of the payload from {@code chunk[off]}. */
    public void feed(byte[] chunk, int off, int len) {
        Objects.checkFromIndexSize(off, len, chunk.length);
        checkOpen();
        failed = true;
        int pos = off;
        int end = off + len;
        if (carryLength > 0) {
            int nl = ByteScan.indexOfNewline(chunk, pos, end);
            if (nl < 0) {
                append(chunk, pos, end);
                failed = false;
                return;
            }
            append(chunk, pos, nl);
            line(carry, 0, carryLength);
            carryLength = 0;
            pos = nl + 1;
        }
        while (pos < end) {
            int nl = ByteScan.indexOfNewline(chunk, pos, end);
            if (nl < 0) {
                append(chunk, pos, end);
                break;
            }
            line(chunk, pos, nl);
            pos = nl + 1;
        }
        failed = false;
    }

    /** Parses the whole of {@code chunk}. */
    public void feed(byte[] chunk) {
        feed(chunk, 0, chunk.length);
    }

    /** Parses the remaining bytes of {@code chunk}, consuming them. */
    public void feed(ByteBuffer chunk) {
        if (chunk.hasArray()) {
            feed(chunk.array(), chunk.arrayOffset() + chunk.position(), chunk.remaining());
            chunk.position(chunk.limit());
        } else {
            byte[] copy = new byte[chunk.remaining()];
            chunk.get(copy);
            feed(copy, 0, copy.length);
        }
    }

    /**
     * Ends the payload. Like kcli's parser given its final chunk, it rejects a payload whose last
     * line has no newline: that is how a cut-off body looks, and its last number may be truncated.
     */
    public void finish() {
        checkOpen();
        if (carryLength > 0) {
            failed = true;
            lineNumber++;
            throw new MetricsFormatException(lineNumber, "payload ends in the middle of a line",
                    Excerpts.of(carry, 0, carryLength));
        }
        finished = true;
        sink.finished();
    }

    /** Lines read so far, including comments and empty lines. */
    public long lines() {
        return lineNumber;
    }

    /** Sample lines read so far, selected or not. */
    public long samples() {
        return samples;
    }

    private void line(byte[] buf, int start, int end) {
        lineNumber++;
        if (start == end) {
            return;
        }
        if (buf[start] == '#') {
            comment(buf, start, end);
            return;
        }
        samples++;
        Sample s = sample;
        s.lineNumber = lineNumber;
        lineParser.parse(buf, start, end, s);
        if (s.metric != -2) {
            sink.accept(s);
        }
    }

    private void comment(byte[] buf, int start, int end) {
        if (end - start < TYPE_PREFIX.length
                || !Arrays.equals(buf, start, start + TYPE_PREFIX.length, TYPE_PREFIX, 0, TYPE_PREFIX.length)) {
            return;
        }
        int space = -1;
        for (int i = end - 1; i >= start + TYPE_PREFIX.length; i--) {
            if (buf[i] == ' ') {
                space = i;
                break;
            }
        }
        MetricType type = space < 0 ? null : typeOf(buf, space + 1, end);
        if (type == null) {
            throw new MetricsFormatException(lineNumber,
                    space < 0 ? "invalid TYPE line" : "unknown metric type", Excerpts.of(buf, start, end));
        }
        sample.type = type;
    }

    private static MetricType typeOf(byte[] buf, int from, int to) {
        switch (new String(buf, from, to - from, StandardCharsets.ISO_8859_1)) {
            case "counter":
                return MetricType.COUNTER;
            case "gauge":
                return MetricType.GAUGE;
            case "histogram":
                return MetricType.HISTOGRAM;
            default:
                return null;
        }
    }

    private void append(byte[] buf, int from, int to) {
        int len = to - from;
        if (carryLength + len > MAX_LINE_BYTES) {
            throw new MetricsFormatException(lineNumber + 1, "line longer than " + MAX_LINE_BYTES + " bytes",
                    carryLength > 0 ? Excerpts.of(carry, 0, carryLength) : Excerpts.of(buf, from, to));
        }
        if (carryLength + len > carry.length) {
            carry = Arrays.copyOf(carry, Math.max(carry.length * 2, carryLength + len));
        }
        System.arraycopy(buf, from, carry, carryLength, len);
        carryLength += len;
    }

    private void checkOpen() {
        if (failed) {
            throw new IllegalStateException("the parser has already reported an error");
        }
        if (finished) {
            throw new IllegalStateException("the parser has already been finished");
        }
    }
}
