package io.kumofleet.metrics;

import java.util.Arrays;

/**
 * Tokenizes one sample line, {@code name[{label="value"[, ...]}] value}, into a {@link Sample}.
 *
 * <p>kumod does not escape label values, so a value runs to the first {@code "} that is followed by
 * {@code ,} or <code>}</code>; it may contain spaces, {@code =}, braces and commas. Labels are
 * separated by {@code ,} or {@code ", "} (kumod's streaming collectors write the latter).
 */
final class SampleLineParser {

    private static final byte[] NAME_CHAR = new byte[256];
    private static final byte NAME = 1;
    private static final byte LABEL = 2;
    private static final byte[] BUCKET = {'_', 'b', 'u', 'c', 'k', 'e', 't'};
    private static final byte[] SUM = {'_', 's', 'u', 'm'};
    private static final byte[] COUNT = {'_', 'c', 'o', 'u', 'n', 't'};

    static {
        for (int c = 0; c < 256; c++) {
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
            boolean digit = c >= '0' && c <= '9';
            NAME_CHAR[c] = (byte) ((letter || digit || c == ':' ? NAME : 0) | (letter || digit ? LABEL : 0));
        }
    }

    private final MetricSelection selection;
    private final boolean[] ok = new boolean[1];
    /** The last metric name read, already checked and looked up: kumod writes a family's samples one after another. */
    private byte[] lastName = new byte[64];
    private int lastNameLength = -1;
    private int lastMetric;

    SampleLineParser(MetricSelection selection) {
        this.selection = selection;
    }

    /** Fills {@code s} from {@code buf[start, end)}; {@code s.metric} is -2 if the metric is not selected. */
    void parse(byte[] buf, int start, int end, Sample s) {
        s.buf = buf;
        s.lineStart = start;
        s.lineEnd = end;
        s.labelCount = 0;
        int i = start;
        int metric;
        byte c;
        if (sameNameAsLast(buf, start, end)) {
            i = start + lastNameLength;
            c = buf[i];
            metric = lastMetric;
        } else {
            int h = 0;
            c = buf[i];
            if ((NAME_CHAR[c & 0xFF] & NAME) == 0 || (c >= '0' && c <= '9')) {
                throw s.error("bad metric name");
            }
            while (true) {
                h = 31 * h + c;
                if (++i == end) {
                    throw s.error("no value");
                }
                c = buf[i];
                if ((NAME_CHAR[c & 0xFF] & NAME) == 0) {
                    break;
                }
            }
            metric = selection.selectsAll() ? -1 : selection.lookup(buf, start, i, h);
            if (metric == -1 && !selection.selectsAll()) {
                metric = -2;
            }
            remember(buf, start, i, metric);
        }
        s.nameEnd = i;
        if (c == '{') {
            i = labels(buf, i + 1, end, s);
        } else if (c != ' ') {
            throw s.error("bad metric name");
        }
        if (s.type == null) {
            throw s.error("sample before any TYPE line");
        }
        if (s.type == MetricType.HISTOGRAM) {
            checkHistogram(buf, start, s);
        }
        s.value = SampleValues.parse(buf, i + 1, end, ok);
        if (!ok[0]) {
            throw s.error(i + 1 == end ? "no value" : "bad number");
        }
        s.metric = metric;
    }

    /** True if the line starts with the last name read, followed by what ends a name. */
    private boolean sameNameAsLast(byte[] buf, int start, int end) {
        int length = lastNameLength;
        return length > 0 && end - start > length
                && (NAME_CHAR[buf[start + length] & 0xFF] & NAME) == 0
                && Arrays.equals(buf, start, start + length, lastName, 0, length);
    }

    private void remember(byte[] buf, int start, int end, int metric) {
        int length = end - start;
        if (length > lastName.length) {
            lastName = new byte[Math.max(length, lastName.length * 2)];
        }
        System.arraycopy(buf, start, lastName, 0, length);
        lastNameLength = length;
        lastMetric = metric;
    }

    /** Parses labels from just after the opening brace; returns the index of the space before the value. */
    private static int labels(byte[] buf, int i, int end, Sample s) {
        while (true) {
            if (i >= end) {
                throw s.error("unterminated label set");
            }
            byte c = buf[i];
            if (c == '}') {
                i++;
                if (i == end) {
                    throw s.error("no value");
                }
                if (buf[i] != ' ') {
                    throw s.error("unexpected text after label set");
                }
                return i;
            }
            int nameFrom = i;
            if ((NAME_CHAR[c & 0xFF] & LABEL) == 0 || (c >= '0' && c <= '9')) {
                throw s.error("bad label name");
            }
            do {
                i++;
            } while (i < end && (NAME_CHAR[buf[i] & 0xFF] & LABEL) != 0);
            int nameTo = i;
            if (i + 1 >= end || buf[i] != '=' || buf[i + 1] != '"') {
                throw s.error(i >= end ? "unterminated label set" : "bad label (expected =\")");
            }
            int valueFrom = i + 2;
            int q = valueFrom;
            while (true) {
                q = ByteScan.indexOfQuote(buf, q, end);
                if (q < 0 || q + 1 >= end) {
                    throw s.error("unterminated label set");
                }
                byte next = buf[q + 1];
                if (next == ',' || next == '}') {
                    break;
                }
                q++;
            }
            s.addLabel(nameFrom, nameTo, valueFrom, q);
            i = q + 1;
            if (buf[i] == ',') {
                i++;
                if (i < end && buf[i] == ' ') {
                    i++;
                }
            }
        }
    }

    private void checkHistogram(byte[] buf, int start, Sample s) {
        int nameEnd = s.nameEnd;
        if (endsWith(buf, start, nameEnd, BUCKET)) {
            int le = -1;
            for (int k = 0; k < s.labelCount; k++) {
                int from = s.labelSpans[4 * k];
                if (s.labelSpans[4 * k + 1] - from == 2 && buf[from] == 'l' && buf[from + 1] == 'e') {
                    le = k;
                }
            }
            if (le < 0) {
                throw s.error("histogram bucket without le label");
            }
            SampleValues.parse(buf, s.labelSpans[4 * le + 2], s.labelSpans[4 * le + 3], ok);
            if (!ok[0]) {
                throw s.error("histogram bucket le is not a number");
            }
        } else if (!endsWith(buf, start, nameEnd, SUM) && !endsWith(buf, start, nameEnd, COUNT)) {
            throw s.error("histogram sample name must end in _bucket, _sum or _count");
        }
    }

    private static boolean endsWith(byte[] buf, int start, int end, byte[] suffix) {
        int from = end - suffix.length;
        if (from < start) {
            return false;
        }
        for (int k = 0; k < suffix.length; k++) {
            if (buf[from + k] != suffix[k]) {
                return false;
            }
        }
        return true;
    }
}
