package io.kumofleet.metrics;

import java.util.BitSet;
import java.util.Collection;

/**
 * The queue and provider names that the nodes of a fleet report, each stored once however many
 * nodes report it: pass one instance to the {@link NodeMetrics} of every node, and their tables
 * hold key numbers instead of copies of the names. Names are never forgotten, so replace the
 * instance once most of them are no longer reported ({@link #mostlyStale}).
 */
public final class SharedKeys {

    /** Stale names allowed whatever the fleet's size, so a small fleet does not start afresh at every change. */
    private static final int STALE_ALLOWANCE = 1024;

    final KeyDictionary readyQueues = new KeyDictionary(false);
    final KeyDictionary scheduledQueues = new KeyDictionary(false);
    final KeyDictionary providers = new KeyDictionary(false);
    final KeyDictionary providerPools = new KeyDictionary(true);
    private final KeyDictionary[] all = {readyQueues, scheduledQueues, providers, providerPools};

    /** How many names are stored, of every kind. */
    public int keyCount() {
        int count = 0;
        for (KeyDictionary keys : all) {
            count += keys.size();
        }
        return count;
    }

    /**
     * True when the names still in use by the nodes' latest figures, {@code uses} (those of other
     * instances are ignored), are fewer than half of those stored.
     */
    public boolean mostlyStale(Collection<KeysInUse> uses) {
        int inUse = 0;
        for (int d = 0; d < all.length; d++) {
            BitSet union = new BitSet();
            for (KeysInUse use : uses) {
                if (use.keys() == this) {
                    union.or(use.used()[d]);
                }
            }
            inUse += union.cardinality();
        }
        return keyCount() > 2 * inUse + STALE_ALLOWANCE;
    }

    /** Which of these names {@code tables} use (tables whose names are kept elsewhere are ignored). */
    KeysInUse used(KeyedCounters... tables) {
        BitSet[] used = new BitSet[all.length];
        for (int d = 0; d < all.length; d++) {
            used[d] = new BitSet(all[d].size());
            for (KeyedCounters table : tables) {
                if (table != null && table.keys() == all[d]) {
                    table.markKeys(used[d]);
                }
            }
        }
        return new KeysInUse(this, used);
    }
}
