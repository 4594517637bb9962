package io.kumofleet.sim;

import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code <target>.xfer.kumomta.internal} scheduled queues that kcli xfer creates, with the
 * queues their messages came from so that xfer-cancel can put them back.
 */
final class XferQueues {

    /** One xfer queue: how many messages still wait to be shipped, by originating queue index. */
    static final class XferQueue {
        private final Map<Integer, Long> origins = new HashMap<>();
        private long count;

        long count() {
            return count;
        }

        Map<Integer, Long> origins() {
            return Collections.unmodifiableMap(origins);
        }
    }

    private final Map<String, XferQueue> byName = new TreeMap<>();

    void add(String name, int origin, long n) {
        if (n <= 0) {
            return;
        }
        XferQueue queue = byName.computeIfAbsent(name, k -> new XferQueue());
        queue.count += n;
        queue.origins.merge(origin, n, Long::sum);
    }

    XferQueue get(String name) {
        return byName.get(name);
    }

    Map<String, XferQueue> all() {
        return Collections.unmodifiableMap(byName);
    }

    /** Removes an xfer queue and returns what was still waiting in it, by originating queue. */
    Map<Integer, Long> cancel(String name) {
        XferQueue queue = byName.remove(name);
        return queue == null ? Map.of() : queue.origins;
    }

    /** Ships up to {@code n} messages from every xfer queue; emptied queues disappear. */
    long ship(long n) {
        long shipped = 0;
        for (Iterator<XferQueue> queues = byName.values().iterator(); queues.hasNext(); ) {
            XferQueue queue = queues.next();
            long budget = Math.min(n, queue.count);
            queue.count -= budget;
            shipped += budget;
            for (Iterator<Map.Entry<Integer, Long>> it = queue.origins.entrySet().iterator(); budget > 0 && it.hasNext(); ) {
                Map.Entry<Integer, Long> origin = it.next();
                long take = Math.min(budget, origin.getValue());
                budget -= take;
                if (take == origin.getValue()) {
                    it.remove();
                } else {
                    origin.setValue(origin.getValue() - take);
                }
            }
            if (queue.count == 0) {
                queues.remove();
            }
        }
        return shipped;
    }
}
