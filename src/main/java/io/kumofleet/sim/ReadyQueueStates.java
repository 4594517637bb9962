package io.kumofleet.sim;

import io.kumofleet.kumo.wire.QueueState;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The throttling states a few ready queues are in: a fixed, sparse pattern so that every node shows some. */
final class ReadyQueueStates {

    static final String LIMITED = "connection_limited";
    static final String RATE_THROTTLED = "connection_rate_throttled";

    private ReadyQueueStates() {}

    static Map<String, QueueState> of(QueueModel model, int readyQueue, Instant onlineSince) {
        Map<String, QueueState> states = new LinkedHashMap<>();
        Instant since = onlineSince.plus(Duration.ofSeconds(readyQueue % 60));
        if (readyQueue % 97 == 3) {
            states.put(LIMITED, new QueueState("TooManyLeases for queue " + model.readyName(readyQueue), since));
        }
        if (readyQueue % 89 == 5) {
            states.put(RATE_THROTTLED, new QueueState("KumoMTA internal: connection rate throttled", since));
        }
        return states;
    }
}
