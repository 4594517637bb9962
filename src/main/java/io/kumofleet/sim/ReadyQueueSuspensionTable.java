package io.kumofleet.sim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Ready-queue suspensions keyed by queue name: a second suspension of the same name replaces the first. */
final class ReadyQueueSuspensionTable {

    private final Map<String, ReadyQueueSuspension> byName = new LinkedHashMap<>();

    void insert(ReadyQueueSuspension suspension, Instant now) {
        prune(now);
        byName.remove(suspension.name());
        byName.put(suspension.name(), suspension);
    }

    boolean remove(UUID id, Instant now) {
        prune(now);
        return byName.values().removeIf(s -> s.id().equals(id));
    }

    List<ReadyQueueSuspension> active(Instant now) {
        prune(now);
        return new ArrayList<>(byName.values());
    }

    ReadyQueueSuspension get(String name, Instant now) {
        ReadyQueueSuspension suspension = byName.get(name);
        return suspension != null && suspension.activeAt(now) ? suspension : null;
    }

    void clear() {
        byName.clear();
    }

    boolean prune(Instant now) {
        return byName.values().removeIf(s -> !s.activeAt(now));
    }
}
