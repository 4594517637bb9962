package io.kumofleet.sim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * kumod's {@code QueueNameMultiIndexMap}: rules by id with a unique index on criteria, so inserting
 * a rule removes any rule with the same criteria; expired rules are pruned and never seen again.
 */
final class CriteriaTable<R extends CriteriaRule> {

    private final Map<UUID, R> byId = new LinkedHashMap<>();

    /** Inserts {@code rule}, replacing any rule with equal criteria; returns the replaced one, if any. */
    R insert(R rule, Instant now) {
        prune(now);
        R replaced = null;
        for (Iterator<R> it = byId.values().iterator(); it.hasNext(); ) {
            R existing = it.next();
            if (existing.criteria().equals(rule.criteria())) {
                replaced = existing;
                it.remove();
            }
        }
        byId.put(rule.id(), rule);
        return replaced;
    }

    boolean remove(UUID id, Instant now) {
        prune(now);
        return byId.remove(id) != null;
    }

    /** The rules still active at {@code now}, oldest first. */
    List<R> active(Instant now) {
        prune(now);
        return new ArrayList<>(byId.values());
    }

    void clear() {
        byId.clear();
    }

    /** Drops expired rules; returns true when any went. */
    boolean prune(Instant now) {
        return byId.values().removeIf(rule -> !rule.activeAt(now));
    }
}
