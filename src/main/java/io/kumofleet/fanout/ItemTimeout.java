package io.kumofleet.fanout;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.helpers.Subscriptions;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.operators.MultiOperator;
import io.smallrye.mutiny.operators.multi.MultiOperatorProcessor;
import io.smallrye.mutiny.subscription.MultiSubscriber;
import java.time.Duration;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Fails a stream that sends no item for {@code timeout} (counted from the subscription, then from
 * each item), as Mutiny's {@code ifNoItem().after(timeout).failWith(…)} does, but with one timer
 * per quiet period instead of one scheduled and cancelled for every item: a big node's
 * {@code /metrics} body arrives in hundreds of thousands of chunks. An item only notes when it
 * came; a timer that fires while items are still coming is set again for the time that is left.
 */
public final class ItemTimeout<T> extends MultiOperator<T, T> {

    private final long timeoutNanos;
    private final Supplier<? extends Throwable> failure;
    private final ScheduledExecutorService timers;
    private final LongSupplier nanoTime;

    private ItemTimeout(Multi<T> upstream, Duration timeout, Supplier<? extends Throwable> failure,
            ScheduledExecutorService timers, LongSupplier nanoTime) {
        super(upstream);
        this.timeoutNanos = timeout.toNanos();
        this.failure = failure;
        this.timers = timers;
        this.nanoTime = nanoTime;
    }

    /** {@code upstream}, failed with {@code failure} once it sends nothing for {@code timeout}; use with {@code plug}. */
    public static <T> Multi<T> of(Multi<T> upstream, Duration timeout, Supplier<? extends Throwable> failure) {
        return of(upstream, timeout, failure, Infrastructure.getDefaultWorkerPool(), System::nanoTime);
    }

    /**
     * Like {@link #of(Multi, Duration, Supplier)}, with the checks run on {@code timers} and the quiet
     * periods timed by {@code nanoTime}: tests move that clock by hand, so no busy machine decides the outcome.
     */
    static <T> Multi<T> of(Multi<T> upstream, Duration timeout, Supplier<? extends Throwable> failure,
            ScheduledExecutorService timers, LongSupplier nanoTime) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        return Infrastructure.onMultiCreation(new ItemTimeout<>(upstream, timeout, Infrastructure.decorate(failure),
                timers, nanoTime));
    }

    @Override
    public void subscribe(MultiSubscriber<? super T> downstream) {
        upstream().subscribe().withSubscriber(new Watch(downstream));
    }

    private final class Watch extends MultiOperatorProcessor<T, T> {

        private volatile long lastItem;
        private volatile ScheduledFuture<?> timer;

        Watch(MultiSubscriber<? super T> downstream) {
            super(downstream);
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            lastItem = nanoTime.getAsLong();
            super.onSubscribe(subscription);
            schedule(timeoutNanos);
        }

        @Override
        public void onItem(T item) {
            if (getUpstreamSubscription() != Subscriptions.CANCELLED) {
                lastItem = nanoTime.getAsLong();
                downstream.onItem(item);
            }
        }

        @Override
        public void onFailure(Throwable error) {
            if (getAndSetUpstreamSubscription(Subscriptions.CANCELLED) != Subscriptions.CANCELLED) {
                stopTimer();
                downstream.onFailure(error);
            } else {
                Infrastructure.handleDroppedException(error);
            }
        }

        @Override
        public void onCompletion() {
            if (getAndSetUpstreamSubscription(Subscriptions.CANCELLED) != Subscriptions.CANCELLED) {
                stopTimer();
                downstream.onCompletion();
            }
        }

        @Override
        public void cancel() {
            stopTimer();
            super.cancel();
        }

        private void check() {
            if (isDone()) {
                return;
            }
            long left = timeoutNanos - (nanoTime.getAsLong() - lastItem);
            if (left > 0) {
                schedule(left);
                return;
            }
            Throwable error;
            try {
                error = failure.get();
            } catch (Throwable e) {
                error = e;
            }
            fail(error != null ? error : new NullPointerException("The supplier returned `null`"));
        }

        /** Ends the stream with {@code error} unless it has already ended. */
        private void fail(Throwable error) {
            Flow.Subscription current = getAndSetUpstreamSubscription(Subscriptions.CANCELLED);
            if (current == Subscriptions.CANCELLED) {
                return;
            }
            if (current != null) {
                current.cancel();
            }
            downstream.onFailure(error);
        }

        private void schedule(long nanos) {
            try {
                timer = timers.schedule(this::check, Math.max(1, TimeUnit.NANOSECONDS.toMillis(nanos + 999_999)),
                        TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                fail(e);
            }
        }

        private void stopTimer() {
            ScheduledFuture<?> current = timer;
            if (current != null) {
                current.cancel(false);
            }
        }
    }
}
