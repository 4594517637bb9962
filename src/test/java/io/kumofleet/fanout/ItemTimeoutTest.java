package io.kumofleet.fanout;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumofleet.support.HangGuard;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.smallrye.mutiny.subscription.MultiEmitter;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Quiet periods are timed on a clock the test moves by hand, while the checks run on a real timer
 * thread of the test's own: a busy machine can delay a check, never make a gap longer or shorter.
 */
class ItemTimeoutTest {

    private static final Duration TIMEOUT = Duration.ofMillis(300);

    private final AtomicLong now = new AtomicLong();
    private final ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1);

    @AfterEach
    void stopTimers() {
        timers.shutdownNow();
    }

    @Test
    void aStreamLongerThanTheTimeoutIsNotCutOffWhileItsItemsKeepComing() throws Exception {
        AtomicReference<MultiEmitter<? super Long>> emitter = new AtomicReference<>();
        AssertSubscriber<Long> subscriber = watched(Multi.createFrom().<Long>emitter(emitter::set))
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));

        for (long item = 0; item < 20; item++) {
            advance(Duration.ofMillis(50));
            emitter.get().emit(item);
            if (item % 5 == 4) {
                awaitChecks(); // the timer looks while items keep coming, 1 s in all
            }
        }
        emitter.get().complete();

        subscriber.awaitCompletion(HangGuard.LIMIT);
        assertThat(subscriber.getItems()).hasSize(20);
    }

    @Test
    void aStreamThatGoesQuietFailsOnceTheTimeoutHasPassedSinceItsLastItem() throws Exception {
        AtomicReference<MultiEmitter<? super String>> emitter = new AtomicReference<>();
        AssertSubscriber<String> subscriber = watched(Multi.createFrom().<String>emitter(emitter::set))
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        emitter.get().emit("one").emit("two");

        advance(TIMEOUT.minusMillis(1));
        awaitChecks();
        assertThat(subscriber.getFailure()).as("a millisecond short of the timeout").isNull();
        advance(Duration.ofMillis(1));

        subscriber.awaitFailure(HangGuard.LIMIT);
        assertThat(subscriber.getItems()).containsExactly("one", "two");
        assertThat(subscriber.getFailure()).isInstanceOf(TimeoutException.class).hasMessage("quiet");
        assertThat(emitter.get().isCancelled()).isTrue();
    }

    @Test
    void aStreamThatEndsOrIsCancelledNeverTimesOut() throws Exception {
        AssertSubscriber<Integer> completed = watched(Multi.createFrom().items(1, 2))
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        AssertSubscriber<String> cancelled = watched(Multi.createFrom().<String>nothing())
                .subscribe().withSubscriber(AssertSubscriber.create(1));
        cancelled.cancel();

        // An absence: twice the timeout passes, and every check due meanwhile has run.
        advance(TIMEOUT.multipliedBy(2));
        awaitChecks();
        assertThat(completed.getFailure()).isNull();
        assertThat(cancelled.getFailure()).isNull();
        completed.assertCompleted().assertItems(1, 2);
    }

    private <T> Multi<T> watched(Multi<T> upstream) {
        return ItemTimeout.of(upstream, TIMEOUT, () -> new TimeoutException("quiet"), timers, now::get);
    }

    private void advance(Duration time) {
        now.addAndGet(time.toNanos());
    }

    /**
     * Waits until every check set so far has run: a check is set at most the timeout ahead, and the
     * one timer thread runs its tasks in the order they are due.
     */
    private void awaitChecks() throws InterruptedException, ExecutionException, TimeoutException {
        timers.schedule(() -> { }, TIMEOUT.toMillis() + 1, TimeUnit.MILLISECONDS)
                .get(HangGuard.LIMIT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
