package io.kumofleet.metrics;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The metric names a consumer wants from a payload; samples of other metrics are validated and
 * skipped without building any string. Names are matched exactly against the sample name, so a
 * histogram is selected through {@code <name>_bucket}, {@code <name>_sum} or {@code <name>_count}.
 */
public final class MetricSelection {

    private static final MetricSelection ALL = new MetricSelection(List.of(), true);

    private final List<String> names;
    private final boolean all;
    private final byte[][] slotNames;
    private final int[] slotIndex;
    private final int mask;

    private MetricSelection(List<String> names, boolean all) {
        this.names = names;
        this.all = all;
        int size = Integer.highestOneBit(Math.max(4, names.size() * 4) - 1) << 1;
        this.slotNames = new byte[size][];
        this.slotIndex = new int[size];
        this.mask = size - 1;
        for (int i = 0; i < names.size(); i++) {
            byte[] bytes = names.get(i).getBytes(StandardCharsets.UTF_8);
            int slot = spread(hash(bytes, 0, bytes.length)) & mask;
            while (slotNames[slot] != null) {
                if (Arrays.equals(slotNames[slot], bytes)) {
                    throw new IllegalArgumentException("metric named twice: " + names.get(i));
                }
                slot = (slot + 1) & mask;
            }
            slotNames[slot] = bytes;
            slotIndex[slot] = i;
        }
    }

    /** Selects these names; {@link Sample#metric()} is then the position of the name in this list. */
    public static MetricSelection of(String... names) {
        return new MetricSelection(List.of(names), false);
    }

    /** Selects every sample; {@link Sample#metric()} is then always {@code -1}. */
    public static MetricSelection all() {
        return ALL;
    }

    /** The selected names in order, empty for {@link #all()}. */
    public List<String> names() {
        return names;
    }

    /** True for {@link #all()}. */
    public boolean selectsAll() {
        return all;
    }

    /** The name at {@code index}. */
    public String name(int index) {
        return names.get(index);
    }

    /** The hash the parser computes while it scans a name: {@code h = 31 * h + byte}. */
    static int hash(byte[] buf, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + buf[i];
        }
        return h;
    }

    /** The selected index of the name in {@code buf[start, end)} with hash {@code h}, or -1. */
    int lookup(byte[] buf, int start, int end, int h) {
        int slot = spread(h) & mask;
        int len = end - start;
        for (byte[] candidate = slotNames[slot]; candidate != null; candidate = slotNames[slot]) {
            if (candidate.length == len && Arrays.equals(candidate, 0, len, buf, start, end)) {
                return slotIndex[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
