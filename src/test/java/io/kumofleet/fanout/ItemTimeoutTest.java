package io.kumofleet.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.smallrye.mutiny.subscription.MultiEmitter;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ItemTimeoutTest {

    private static final Duration TIMEOUT = Duration.ofMillis(300);

    @Test
    void aStreamLongerThanTheTimeoutIsNotCutOffWhileItsItemsKeepComing() {
        Multi<Long> ticks = Multi.createFrom().ticks().every(Duration.ofMillis(50)).select().first(20);
        AssertSubscriber<Long> subscriber = ItemTimeout.of(ticks, TIMEOUT, () -> new TimeoutException("quiet"))
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));

        subscriber.awaitCompletion(Duration.ofSeconds(10));
        assertThat(subscriber.getItems()).hasSize(20);
    }

    @Test
    void aStreamThatGoesQuietFailsOnceTheTimeoutHasPassedSinceItsLastItem() {
        AtomicReference<MultiEmitter<? super String>> emitter = new AtomicReference<>();
        Multi<String> stalls = Multi.createFrom().<String>emitter(e -> emitter.set(e));
        long started = System.nanoTime();
        AssertSubscriber<String> subscriber = ItemTimeout.of(stalls, TIMEOUT, () -> new TimeoutException("quiet"))
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        emitter.get().emit("one").emit("two");

        subscriber.awaitFailure(Duration.ofSeconds(10));
        assertThat(subscriber.getItems()).containsExactly("one", "two");
        assertThat(subscriber.getFailure()).isInstanceOf(TimeoutException.class).hasMessage("quiet");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(TIMEOUT);
        assertThat(emitter.get().isCancelled()).isTrue();
    }

    @Test
    void aStreamThatEndsOrIsCancelledNeverTimesOut() {
        AssertSubscriber<Integer> completed = ItemTimeout.of(Multi.createFrom().items(1, 2), TIMEOUT,
                () -> new TimeoutException("quiet")).subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        AssertSubscriber<String> cancelled = ItemTimeout.of(Multi.createFrom().<String>nothing(), TIMEOUT,
                () -> new TimeoutException("quiet")).subscribe().withSubscriber(AssertSubscriber.create(1));
        cancelled.cancel();

        // An absence: watched for twice the timeout, neither may fail.
        await().during(TIMEOUT.multipliedBy(2)).atMost(Duration.ofSeconds(5))
                .until(() -> completed.getFailure() == null && cancelled.getFailure() == null);
        completed.assertCompleted().assertItems(1, 2);
    }
}
