package io.kumofleet.metrics;

import io.kumofleet.text.NaturalOrder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Keys (the UTF-8 bytes of one label value, or of a pair of them) numbered 0, 1, 2… in the order
 * they are first added. One dictionary can be shared by the tables of many nodes, so that a queue
 * name the whole fleet reports is stored once rather than once per node: ten nodes of 100,000
 * queues then hold their names in one table instead of ten.
 *
 * <p>Many threads may add at once (each node's body is parsed on its own thread): finding a key
 * takes no lock, adding one takes a short one. A key's bytes and number never change once added,
 * so whoever holds a number can read its key without a lock.
 */
final class KeyDictionary {

    /** Thrown when a new key is not UTF-8; the caller adds the line number. */
    static final class InvalidKey extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidKey() {
            super("label value is not valid UTF-8", null, false, false);
        }
    }

    /**
     * The keys added so far. Arrays that grow are copied into a new instance under the lock and
     * published whole, so a reader that got a key's number (from the table, or from whoever added
     * it) and then reads {@link #stored} finds that key in it.
     */
    private static final class Stored {
        final byte[] arena;
        final int[] start;
        final int[] length;
        /** Length of the first key in a pair; the same array as length when keys are single. */
        final int[] firstLength;
        final int[] hash;

        Stored(byte[] arena, int rows, boolean paired) {
            this.arena = arena;
            this.start = new int[rows];
            this.length = new int[rows];
            this.firstLength = paired ? new int[rows] : length;
            this.hash = new int[rows];
        }

        /** {@code from} with more room; arrays that keep their size are shared, as keys are only ever appended. */
        Stored(Stored from, int arenaBytes, int rows, boolean paired) {
            boolean sameRows = rows == from.start.length;
            this.arena = arenaBytes == from.arena.length ? from.arena : Arrays.copyOf(from.arena, arenaBytes);
            this.start = sameRows ? from.start : Arrays.copyOf(from.start, rows);
            this.length = sameRows ? from.length : Arrays.copyOf(from.length, rows);
            this.firstLength = !paired ? length : sameRows ? from.firstLength : Arrays.copyOf(from.firstLength, rows);
            this.hash = sameRows ? from.hash : Arrays.copyOf(from.hash, rows);
        }
    }

    private final boolean paired;
    private final Object lock = new Object();
    private volatile Stored stored;
    /** Open addressing: a slot holds a key's number + 1, 0 when empty; replaced whole when it grows. */
    private volatile AtomicIntegerArray table;
    /** Guarded by {@link #lock}. */
    private int size;
    /** Guarded by {@link #lock}. */
    private int arenaLength;
    /**
     * {@link #size} as of the last key whose slot is set, written under {@link #lock}: a search that
     * starts after reading it finds every key counted in it.
     */
    private volatile int published;

    KeyDictionary(boolean paired) {
        this(paired, TableSize.SMALL);
    }

    /** A dictionary with room for {@code expected} keys and their bytes before it has to grow. */
    KeyDictionary(boolean paired, TableSize expected) {
        this.paired = paired;
        int rows = Math.max(TableSize.SMALL.rows(), expected.rows() + expected.rows() / 16);
        int bytes = Math.max(TableSize.SMALL.keyBytes(), expected.keyBytes() + expected.keyBytes() / 16);
        this.stored = new Stored(new byte[bytes], rows, paired);
        this.table = new AtomicIntegerArray(Integer.highestOneBit(rows * 2) << 1);
    }

    boolean paired() {
        return paired;
    }

    /** How many keys have been added. */
    int size() {
        return published;
    }

    /** The hash of {@code a[aFrom, aTo)} followed, if paired, by {@code b[bFrom, bTo)}, as {@link #hash(int)} gives it. */
    int hashOf(byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo) {
        int h = ByteScan.hash(a, aFrom, aTo);
        return paired ? h * 31 + ByteScan.hash(b, bFrom, bTo) : h;
    }

    /** The number of the key, or -1; {@code hash} is {@link #hashOf} the key. */
    int find(byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo, int hash) {
        AtomicIntegerArray slots = table;
        int mask = slots.length() - 1;
        for (int slot = hash & mask, v; (v = slots.getAcquire(slot)) != 0; slot = (slot + 1) & mask) {
            if (hash(v - 1) == hash && hasKey(v - 1, a, aFrom, aTo, b, bFrom, bTo)) {
                return v - 1;
            }
        }
        return -1;
    }

    /** The number of the key, added if it is new; throws {@link InvalidKey} if a new key is not UTF-8. */
    int add(byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo, int hash) {
        int searched = published;
        int id = find(a, aFrom, aTo, b, bFrom, bTo, hash);
        if (id >= 0) {
            return id;
        }
        checkUtf8(a, aFrom, aTo);
        if (paired) {
            checkUtf8(b, bFrom, bTo);
        }
        synchronized (lock) {
            // Another thread may have added it since the search (the table is only changed under this lock).
            if (size != searched) {
                id = find(a, aFrom, aTo, b, bFrom, bTo, hash);
            }
            return id >= 0 ? id : append(a, aFrom, aTo, b, bFrom, bTo, hash);
        }
    }

    /** The number here of key {@code otherId} of {@code other}, or -1. */
    int find(KeyDictionary other, int otherId) {
        if (other == this) {
            return otherId;
        }
        Stored s = other.stored;
        int start = s.start[otherId];
        int mid = start + s.firstLength[otherId];
        return find(s.arena, start, mid, s.arena, mid, start + s.length[otherId], s.hash[otherId]);
    }

    /** True if key {@code id} here and key {@code otherId} of {@code other} are the same key. */
    boolean sameKey(int id, KeyDictionary other, int otherId) {
        if (other == this) {
            return id == otherId;
        }
        Stored s = stored;
        Stored o = other.stored;
        return s.hash[id] == o.hash[otherId] && s.length[id] == o.length[otherId]
                && s.firstLength[id] == o.firstLength[otherId]
                && Arrays.equals(s.arena, s.start[id], s.start[id] + s.length[id],
                        o.arena, o.start[otherId], o.start[otherId] + o.length[otherId]);
    }

    /** True if key {@code id} is {@code a[aFrom, aTo)}, followed by {@code b[bFrom, bTo)} if paired. */
    boolean hasKey(int id, byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo) {
        Stored s = stored;
        int aLength = aTo - aFrom;
        int start = s.start[id];
        return s.firstLength[id] == aLength
                && s.length[id] == aLength + (paired ? bTo - bFrom : 0)
                && Arrays.equals(s.arena, start, start + aLength, a, aFrom, aTo)
                && (!paired || Arrays.equals(s.arena, start + aLength, start + s.length[id], b, bFrom, bTo));
    }

    int hash(int id) {
        return stored.hash[id];
    }

    /** How many bytes key {@code id} has (both keys of a pair). */
    int keyLength(int id) {
        return stored.length[id];
    }

    /** The first key of {@code id} as a string. */
    String first(int id) {
        Stored s = stored;
        return new String(s.arena, s.start[id], s.firstLength[id], StandardCharsets.UTF_8);
    }

    /** The second key of {@code id}, or null when keys are single. */
    String second(int id) {
        if (!paired) {
            return null;
        }
        Stored s = stored;
        int from = s.start[id] + s.firstLength[id];
        return new String(s.arena, from, s.start[id] + s.length[id] - from, StandardCharsets.UTF_8);
    }

    /**
     * Natural order of the first keys of {@code id} here and {@code otherId} of {@code other}, then
     * of their second keys, without making strings when they are ASCII.
     */
    int compare(int id, KeyDictionary other, int otherId) {
        Stored s = stored;
        Stored o = other.stored;
        int sMid = s.start[id] + s.firstLength[id];
        int oMid = o.start[otherId] + o.firstLength[otherId];
        int c = NaturalOrder.compare(s.arena, s.start[id], sMid, o.arena, o.start[otherId], oMid);
        if (c == 0 && paired) {
            c = NaturalOrder.compare(s.arena, sMid, s.start[id] + s.length[id],
                    o.arena, oMid, o.start[otherId] + o.length[otherId]);
        }
        return c;
    }

    private int append(byte[] a, int aFrom, int aTo, byte[] b, int bFrom, int bTo, int hash) {
        int aLength = aTo - aFrom;
        int length = aLength + (paired ? bTo - bFrom : 0);
        int id = size;
        Stored s = stored;
        if (id == s.start.length || arenaLength + length > s.arena.length) {
            int rows = id == s.start.length ? id * 2 : s.start.length;
            int bytes = Math.max(s.arena.length * (arenaLength + length > s.arena.length ? 2 : 1), arenaLength + length);
            s = new Stored(s, bytes, rows, paired);
            stored = s;
        }
        System.arraycopy(a, aFrom, s.arena, arenaLength, aLength);
        if (paired) {
            System.arraycopy(b, bFrom, s.arena, arenaLength + aLength, length - aLength);
        }
        s.start[id] = arenaLength;
        s.length[id] = length;
        s.firstLength[id] = aLength;
        s.hash[id] = hash;
        arenaLength += length;
        size = id + 1;
        AtomicIntegerArray slots = table;
        if (size * 2 > slots.length()) {
            table = rehashed(s, size, slots.length() * 2);
        } else {
            int mask = slots.length() - 1;
            int slot = hash & mask;
            while (slots.get(slot) != 0) {
                slot = (slot + 1) & mask;
            }
            // Release: whoever finds the number here also sees the key written above.
            slots.setRelease(slot, id + 1);
        }
        published = size;
        return id;
    }

    private static AtomicIntegerArray rehashed(Stored s, int size, int capacity) {
        AtomicIntegerArray slots = new AtomicIntegerArray(capacity);
        int mask = capacity - 1;
        for (int id = 0; id < size; id++) {
            int slot = s.hash[id] & mask;
            while (slots.get(slot) != 0) {
                slot = (slot + 1) & mask;
            }
            slots.set(slot, id + 1);
        }
        return slots;
    }

    private static void checkUtf8(byte[] buf, int from, int to) {
        if (!ByteScan.hasNonAscii(buf, from, to)) {
            return;
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(buf, from, to - from));
        } catch (CharacterCodingException e) {
            throw new InvalidKey();
        }
    }
}
