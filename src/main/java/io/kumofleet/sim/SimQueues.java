package io.kumofleet.sim;

import java.util.List;

/**
 * What tests and demos may see and arrange in a simulated node's queues. Reads are consistent
 * snapshots of single values; the node keeps moving between calls unless it only ticks by hand.
 */
public interface SimQueues {

    int scheduledQueueCount();

    int readyQueueCount();

    /** Every scheduled queue name (allocates one string per queue). */
    List<String> scheduledQueueNames();

    /** Every ready queue name, {@code source->site@smtp_client}. */
    List<String> readyQueueNames();

    /** Messages waiting in the scheduled queue (its {@code scheduled_count}); -1 if there is no such queue. */
    long scheduledCount(String queueName);

    /** Every message of the scheduled queue, waiting or already in its ready queue; -1 if there is no such queue. */
    long messageCount(String queueName);

    /** The ready queue's {@code ready_count}; -1 if there is no such queue. */
    long readyCount(String readyQueueName);

    /** The ready queue's {@code total_messages_delivered}; -1 if there is no such queue. */
    long delivered(String readyQueueName);

    /** The ready queue a scheduled queue feeds, or null if there is no such scheduled queue. */
    String readyQueueOf(String queueName);

    /** The sum of every scheduled queue's {@code scheduled_count} (xfer queues included). */
    long totalScheduled();

    /**
     * Delivers {@code messages} new messages to a scheduled queue, creating it (and a ready queue)
     * if needed; like any arrival they are bounced at once if an active bounce matches.
     */
    void addMessages(String queueName, long messages);
}
