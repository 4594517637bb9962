package io.kumofleet.metrics;

import io.kumofleet.kumod.ScheduledQueueName;
import io.kumofleet.text.ChronoDisplay;
import java.time.Instant;
import java.util.List;

/** The status-column texts of kcli's queue-summary, built from the caller's bounce and suspension lists. */
public final class KcliStatus {

    private static final String SUSPEND = "\uD83D\uDED1suspend: ";
    private static final String BOUNCE = "\uD83D\uDDD1\uFE0F bounce: ";

    private KcliStatus() {}

    /** {@code 🛑suspend: <reason>}: a ready queue with a ready-q suspension, or a suspended scheduled queue. */
    public static String suspended(String reason) {
        return SUSPEND + reason;
    }

    /** {@code 🗑️ bounce: <reason>}: a scheduled queue an admin bounce matches. */
    public static String bounced(String reason) {
        return BOUNCE + reason;
    }

    /** {@code <state_key>: <context> @ <since>}, with {@code since} as chrono prints it. */
    public static String readyQueueState(String key, String context, Instant since) {
        return key + ": " + context + " @ " + ChronoDisplay.utc(since);
    }

    /**
     * A scheduled queue's status: the first bounce that matches it, else the first matching
     * suspension, else empty; the lists are in the order the node listed them.
     */
    public static String scheduledQueue(ScheduledQueueName queue, List<QueueRule> bounces,
            List<QueueRule> suspensions) {
        for (QueueRule bounce : bounces) {
            if (bounce.matches(queue)) {
                return bounced(bounce.reason());
            }
        }
        for (QueueRule suspension : suspensions) {
            if (suspension.matches(queue)) {
                return suspended(suspension.reason());
            }
        }
        return "";
    }
}
