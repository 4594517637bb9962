package io.kumofleet.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumofleet.kumod.ScheduledQueueName;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsKcliStatusTest {

    @Test
    void matchesRulesOnCampaignTenantAndDomainOnly() {
        ScheduledQueueName queue = ScheduledQueueName.parse("camp:ten@example.com!relay.example.net");
        assertThat(new QueueRule(null, null, null, "r").matches(queue)).isTrue();
        assertThat(new QueueRule("camp", "ten", "example.com", "r").matches(queue)).isTrue();
        assertThat(new QueueRule(null, null, "relay.example.net", "r").matches(queue)).isFalse();
        assertThat(new QueueRule("other", null, null, "r").matches(queue)).isFalse();
        assertThat(new QueueRule(null, "ten", null, "r").matches(ScheduledQueueName.parse("example.com"))).isFalse();
        assertThat(new QueueRule(null, "", null, "r").matches(ScheduledQueueName.parse("camp:@example.com"))).isTrue();
    }

    @Test
    void bounceBeatsSuspensionAndFirstMatchWins() {
        ScheduledQueueName queue = ScheduledQueueName.parse("t@example.com");
        List<QueueRule> suspensions = List.of(new QueueRule(null, null, "other.com", "no"),
                new QueueRule(null, null, "example.com", "first"), new QueueRule(null, null, null, "second"));
        assertThat(KcliStatus.scheduledQueue(queue, List.of(), suspensions)).isEqualTo("🛑suspend: first");
        assertThat(KcliStatus.scheduledQueue(queue, List.of(new QueueRule(null, "t", null, "gone")), suspensions))
                .isEqualTo("🗑️ bounce: gone");
        assertThat(KcliStatus.scheduledQueue(queue, List.of(), List.of())).isEmpty();
    }

    @Test
    void formatsReadyQueueStates() {
        assertThat(KcliStatus.readyQueueState("connection_limited", "10 of 10", Instant.parse("2026-06-19T13:42:17.123Z")))
                .isEqualTo("connection_limited: 10 of 10 @ 2026-06-19 13:42:17.123 UTC");
    }
}
