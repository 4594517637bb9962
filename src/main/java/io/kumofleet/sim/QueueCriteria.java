package io.kumofleet.sim;

import io.kumofleet.kumod.ScheduledQueueName;
import java.util.List;
import java.util.TreeSet;

/**
 * What a bounce or suspension applies to, and its identity: two rules with equal criteria are the
 * same rule to kumod, so a second POST replaces the first. Matching follows kumod's
 * {@code Criteria::matches}: non-empty {@code queueNames} means exact names only; otherwise every
 * given field must equal the queue name's component, and a queue lacking that component never matches.
 */
record QueueCriteria(String campaign, String tenant, String domain, String routingDomain, List<String> queueNames) {

    QueueCriteria {
        // kumod keeps queue_names in a BTreeSet: order and duplicates do not matter
        queueNames = List.copyOf(new TreeSet<>(queueNames));
    }

    boolean matches(QueueModel model, int s) {
        if (!queueNames.isEmpty()) {
            return queueNames.contains(model.scheduledName(s));
        }
        return wanted(campaign, model.campaignOf(s))
                && wanted(tenant, model.tenantOf(s))
                && wanted(domain, model.domainOf(s))
                && wanted(routingDomain, model.routingDomainOf(s));
    }

    boolean matches(String queueName) {
        if (!queueNames.isEmpty()) {
            return queueNames.contains(queueName);
        }
        return ScheduledQueueName.parse(queueName).matches(campaign, tenant, domain, routingDomain);
    }

    private static boolean wanted(String wanted, String actual) {
        return wanted == null || wanted.equals(actual);
    }
}
