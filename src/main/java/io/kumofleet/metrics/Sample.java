package io.kumofleet.metrics;

/**
 * One sample line as the parser sees it: metric, labels and value. It is a view over the parser's
 * buffer, valid only during {@link SampleSink#accept}; the strings it returns are interned per
 * parser (the same label value on many lines is one string) and may be kept.
 */
public final class Sample {

    private final StringTable strings;
    private final MetricSelection selection;
    byte[] buf;
    int lineStart;
    int lineEnd;
    long lineNumber;
    int nameEnd;
    int metric;
    MetricType type;
    double value;
    int labelCount;
    int[] labelSpans = new int[4 * 4];

    Sample(StringTable strings, MetricSelection selection) {
        this.strings = strings;
        this.selection = selection;
    }

    /** The position of this sample's name in the {@link MetricSelection}, or -1 when it selects all. */
    public int metric() {
        return metric;
    }

    /** The sample name, e.g. {@code total_messages_delivered} or {@code lua_event_latency_bucket}. */
    public String name() {
        return metric >= 0 ? selection.name(metric) : intern(lineStart, nameEnd);
    }

    /** The type declared by the last {@code # TYPE} line before this sample. */
    public MetricType type() {
        return type;
    }

    /** The value as written: integer, float, {@code ±Inf} or {@code NaN}. */
    public double value() {
        return value;
    }

    /** The value as kcli sums it ({@code value as usize}): see {@link Counts#of(double)}. */
    public long count() {
        return Counts.of(value);
    }

    /** The 1-based line number of this sample in the payload. */
    public long lineNumber() {
        return lineNumber;
    }

    /** How many labels the line has. */
    public int labelCount() {
        return labelCount;
    }

    /** The name of the {@code i}-th label, in line order. */
    public String labelName(int i) {
        checkIndex(i);
        return intern(labelSpans[4 * i], labelSpans[4 * i + 1]);
    }

    /** The value of the {@code i}-th label, in line order. */
    public String labelValue(int i) {
        checkIndex(i);
        return intern(labelSpans[4 * i + 2], labelSpans[4 * i + 3]);
    }

    /** The value of the label called {@code name} (the last one if repeated, as kcli keeps), or null. */
    public String label(String name) {
        int i = find(name);
        return i < 0 ? null : intern(labelSpans[4 * i + 2], labelSpans[4 * i + 3]);
    }

    /**
     * The part of label {@code name}'s value after the first {@code separator}, or null when the label
     * is absent or has no separator; e.g. the ready-queue name in {@code service="smtp_client:q"}.
     */
    public String labelAfter(String name, char separator) {
        int i = find(name);
        if (i < 0) {
            return null;
        }
        int from = labelSpans[4 * i + 2];
        int to = labelSpans[4 * i + 3];
        for (int p = from; p < to; p++) {
            if (buf[p] == separator) {
                return intern(p + 1, to);
            }
        }
        return null;
    }

    /** True if the line has a label called {@code name}. */
    public boolean hasLabel(String name) {
        return find(name) >= 0;
    }

    /** An error about this sample's line, for consumers that find a required label missing. */
    public MetricsFormatException error(String reason) {
        return new MetricsFormatException(lineNumber, reason, Excerpts.of(buf, lineStart, lineEnd));
    }

    /** The index of the label called {@code name} (the last if repeated), or -1; for summaries keyed by bytes. */
    int labelIndex(String name) {
        return find(name);
    }

    int valueFrom(int i) {
        return labelSpans[4 * i + 2];
    }

    int valueTo(int i) {
        return labelSpans[4 * i + 3];
    }

    private int find(String name) {
        int len = name.length();
        for (int i = labelCount - 1; i >= 0; i--) {
            int from = labelSpans[4 * i];
            if (labelSpans[4 * i + 1] - from == len && sameAscii(name, from, len)) {
                return i;
            }
        }
        return -1;
    }

    private boolean sameAscii(String name, int from, int len) {
        for (int k = 0; k < len; k++) {
            if (buf[from + k] != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private String intern(int from, int to) {
        try {
            return strings.intern(buf, from, to);
        } catch (StringTable.InvalidUtf8 e) {
            throw error(e.getMessage());
        }
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= labelCount) {
            throw new IndexOutOfBoundsException("label " + i + " of " + labelCount);
        }
    }

    void addLabel(int nameFrom, int nameTo, int valueFrom, int valueTo) {
        int at = 4 * labelCount;
        if (at == labelSpans.length) {
            labelSpans = java.util.Arrays.copyOf(labelSpans, at * 2);
        }
        labelSpans[at] = nameFrom;
        labelSpans[at + 1] = nameTo;
        labelSpans[at + 2] = valueFrom;
        labelSpans[at + 3] = valueTo;
        labelCount++;
    }
}
