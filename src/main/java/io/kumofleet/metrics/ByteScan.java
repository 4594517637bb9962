package io.kumofleet.metrics;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Word-at-a-time byte searching and hashing over byte arrays (the parser's inner loops). */
final class ByteScan {

    private static final VarHandle LONGS =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long NEWLINES = ONES * '\n';
    private static final long QUOTES = ONES * '"';

    private ByteScan() {}

    /** Index of the first {@code '\n'} in {@code buf[from, to)}, or -1. */
    static int indexOfNewline(byte[] buf, int from, int to) {
        return indexOf(buf, from, to, NEWLINES, (byte) '\n');
    }

    /** Index of the first {@code '"'} in {@code buf[from, to)}, or -1. */
    static int indexOfQuote(byte[] buf, int from, int to) {
        return indexOf(buf, from, to, QUOTES, (byte) '"');
    }

    private static int indexOf(byte[] buf, int from, int to, long pattern, byte b) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(buf, i) ^ pattern;
            long found = (x - ONES) & ~x & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** A well-mixed hash of {@code buf[from, to)}. */
    static int hash(byte[] buf, int from, int to) {
        long h = 0x9E3779B97F4A7C15L ^ (to - from);
        int i = from;
        for (; i + 8 <= to; i += 8) {
            h = Long.rotateLeft(h ^ (long) LONGS.get(buf, i), 29) * 0xBF58476D1CE4E5B9L;
        }
        long tail = 0;
        for (int shift = 0; i < to; i++, shift += 8) {
            tail |= (buf[i] & 0xFFL) << shift;
        }
        h = (h ^ tail) * 0x94D049BB133111EBL;
        return (int) (h ^ (h >>> 32));
    }

    /** True if any byte of {@code buf[from, to)} is outside ASCII. */
    static boolean hasNonAscii(byte[] buf, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            if (((long) LONGS.get(buf, i) & HIGHS) != 0) {
                return true;
            }
        }
        for (; i < to; i++) {
            if (buf[i] < 0) {
                return true;
            }
        }
        return false;
    }
}
