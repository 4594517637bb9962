package io.kumofleet.sim;

import java.util.UUID;

/**
 * Message ids for the messages the simulator shows in inspect-sched-q. The simulator keeps counts,
 * not messages, so an id encodes its queue and position, signed with the node's salt; inspect-message
 * decodes it and finds the message only while the queue still holds that many.
 */
final class SpoolIds {

    /** Where a message id points: scheduled queue index and position within it. */
    record Ref(int queue, int position) {}

    private final long salt;

    SpoolIds(long salt) {
        this.salt = salt;
    }

    UUID idFor(int queue, int position) {
        long high = (salt & 0xFFFFFFFF00000000L) | (queue & 0xFFFFFFFFL);
        long low = ((long) position << 32) | (mix(queue, position) & 0xFFFFFFFFL);
        return new UUID(high, low);
    }

    /** The message an id names, or null when this node never issued it. */
    Ref decode(UUID id) {
        long high = id.getMostSignificantBits();
        long low = id.getLeastSignificantBits();
        if ((high & 0xFFFFFFFF00000000L) != (salt & 0xFFFFFFFF00000000L)) {
            return null;
        }
        int queue = (int) high;
        int position = (int) (low >>> 32);
        if (queue < 0 || position < 0 || (low & 0xFFFFFFFFL) != (mix(queue, position) & 0xFFFFFFFFL)) {
            return null;
        }
        return new Ref(queue, position);
    }

    private long mix(int queue, int position) {
        long h = salt ^ ((long) queue * 0x9E3779B97F4A7C15L) ^ ((long) position * 0xC2B2AE3D27D4EB4FL);
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        return h ^ (h >>> 29);
    }
}
