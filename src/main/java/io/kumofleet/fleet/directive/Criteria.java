package io.kumofleet.fleet.directive;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.kumofleet.fleet.TargetRequest;
import io.kumofleet.kumod.ScheduledQueueName;
import java.util.List;

/**
 * What a directive matches, as kumod takes it: scheduled-queue components or exact queue names
 * for bounces and suspensions; one ready-queue name for ready-queue suspensions.
 */
public record Criteria(
        String campaign,
        String tenant,
        String domain,
        String routingDomain,
        List<String> queueNames,
        String readyQueue) {

    /** Queue names are a set to kumod (order and repeats do not matter), so they are kept sorted and distinct. */
    public Criteria {
        TargetRequest.requireNames("queue_names", queueNames);
        queueNames = queueNames == null || queueNames.isEmpty()
                ? null
                : queueNames.stream().distinct().sorted().toList();
    }

    /** Whether kumod would apply this (bounce or suspension) criteria to the scheduled queue of that name. */
    public boolean matches(String scheduledQueue) {
        if (queueNames != null) {
            return queueNames.contains(scheduledQueue);
        }
        return ScheduledQueueName.parse(scheduledQueue).matches(campaign, tenant, domain, routingDomain);
    }

    /** True when nothing is given, which kumod takes as "every queue". */
    @JsonIgnore
    public boolean isEmpty() {
        return campaign == null && tenant == null && domain == null && routingDomain == null
                && (queueNames == null || queueNames.isEmpty()) && readyQueue == null;
    }
}
