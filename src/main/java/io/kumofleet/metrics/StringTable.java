package io.kumofleet.metrics;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns byte slices into strings, returning the same {@link String} for the same bytes, so a label
 * value seen on many lines (one queue in four metrics) becomes one string and hits allocate nothing.
 * It grows only with the distinct values the consumer asked for.
 */
final class StringTable {

    /** Thrown for bytes that are not UTF-8; the caller adds the line number. */
    static final class InvalidUtf8 extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidUtf8() {
            super("label value is not valid UTF-8", null, false, false);
        }
    }

    private byte[][] keys = new byte[1024][];
    private String[] values = new String[1024];
    private int[] hashes = new int[1024];
    private int size;

    String intern(byte[] buf, int from, int to) {
        int h = ByteScan.hash(buf, from, to);
        int mask = keys.length - 1;
        int len = to - from;
        int slot = h & mask;
        for (byte[] key = keys[slot]; key != null; key = keys[slot]) {
            if (hashes[slot] == h && key.length == len && Arrays.equals(key, 0, len, buf, from, to)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        String value = decode(buf, from, to);
        keys[slot] = Arrays.copyOfRange(buf, from, to);
        values[slot] = value;
        hashes[slot] = h;
        if (++size * 2 > keys.length) {
            grow();
        }
        return value;
    }

    int size() {
        return size;
    }

    private static String decode(byte[] buf, int from, int to) {
        if (!ByteScan.hasNonAscii(buf, from, to)) {
            return new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(buf, from, to - from))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InvalidUtf8();
        }
    }

    private void grow() {
        byte[][] oldKeys = keys;
        String[] oldValues = values;
        int[] oldHashes = hashes;
        int capacity = oldKeys.length * 2;
        keys = new byte[capacity][];
        values = new String[capacity];
        hashes = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = oldHashes[i] & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }
}
