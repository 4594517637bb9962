package io.kumofleet.bench;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM's heap as its {@code -Xlog:gc} lines tell it ({@code GC(7) Pause Young (Normal) (G1 Evacuation
 * Pause) 301M->45M(384M) 3.1ms}): the most ever used (just before a collection: live data and garbage),
 * the most still in use right after one, and the most the JVM reserved from the OS (committed).
 */
record HeapFigures(int collections, long peakUsedMb, long peakAfterCollectionMb, long peakCommittedMb) {

    private static final Pattern PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    static HeapFigures of(List<String> gcLog) {
        int collections = 0;
        long used = 0;
        long after = 0;
        long committed = 0;
        for (String line : gcLog) {
            Matcher m = PAUSE.matcher(line);
            if (m.find()) {
                collections++;
                used = Math.max(used, Long.parseLong(m.group(1)));
                after = Math.max(after, Long.parseLong(m.group(2)));
                committed = Math.max(committed, Long.parseLong(m.group(3)));
            }
        }
        return new HeapFigures(collections, used, after, committed);
    }

    @Override
    public String toString() {
        return String.format("peak used %,d MiB (before a collection), peak in use after a collection %,d MiB,"
                + " peak committed %,d MiB, %d collections", peakUsedMb, peakAfterCollectionMb, peakCommittedMb,
                collections);
    }
}
