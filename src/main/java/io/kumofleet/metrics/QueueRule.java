package io.kumofleet.metrics;

import io.kumofleet.kumod.ScheduledQueueName;

/**
 * The criteria and reason of an admin bounce or scheduled-queue suspension, as kcli's
 * queue-summary matches them against scheduled queues; null criteria match anything.
 */
public record QueueRule(String campaign, String tenant, String domain, String reason) {

    /**
     * kcli's {@code domain_matches}: campaign, tenant and domain must each be unset in the rule or
     * equal to the queue's; the routing domain is not looked at.
     */
    public boolean matches(ScheduledQueueName queue) {
        return matches(queue.campaign(), campaign) && matches(queue.tenant(), tenant)
                && matches(queue.domain(), domain);
    }

    private static boolean matches(String actual, String wanted) {
        return wanted == null || wanted.equals(actual);
    }
}
