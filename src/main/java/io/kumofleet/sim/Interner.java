package io.kumofleet.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Interns the few distinct strings queue names are built from, so queues can be stored as ints. */
final class Interner {

    private final List<String> values = new ArrayList<>();
    private final Map<String, Integer> indexes = new HashMap<>();

    int intern(String value) {
        Integer index = indexes.get(value);
        if (index != null) {
            return index;
        }
        values.add(value);
        indexes.put(value, values.size() - 1);
        return values.size() - 1;
    }

    /** The index of {@code value}, or -1; {@code null} is never present. */
    int indexOf(String value) {
        Integer index = value == null ? null : indexes.get(value);
        return index == null ? -1 : index;
    }

    /** The string at {@code index}, or {@code null} for -1 (an absent component). */
    String get(int index) {
        return index < 0 ? null : values.get(index);
    }

    int size() {
        return values.size();
    }
}
