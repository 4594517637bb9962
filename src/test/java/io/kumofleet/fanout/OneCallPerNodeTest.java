package io.kumofleet.fanout;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class OneCallPerNodeTest {

    private final OneCallPerNode oneAtATime = new OneCallPerNode();

    /** A call that counts its starts and ends when {@code end} completes. */
    private static Supplier<Uni<String>> call(AtomicInteger started, CompletableFuture<String> end) {
        return () -> {
            started.incrementAndGet();
            return Uni.createFrom().completionStage(end);
        };
    }

    @Test
    void aNodesNextCallStartsWhenItsPreviousOneHasEnded() {
        AtomicInteger firstStarted = new AtomicInteger();
        AtomicInteger secondStarted = new AtomicInteger();
        CompletableFuture<String> firstEnd = new CompletableFuture<>();
        CompletableFuture<String> secondEnd = new CompletableFuture<>();

        CompletionStage<String> first = oneAtATime.after("n1", call(firstStarted, firstEnd)).subscribeAsCompletionStage();
        CompletionStage<String> second = oneAtATime.after("n1", call(secondStarted, secondEnd))
                .subscribeAsCompletionStage();
        assertThat(firstStarted).hasValue(1);
        assertThat(secondStarted).hasValue(0);

        firstEnd.completeExceptionally(new IllegalStateException("node failed"));
        assertThat(first).isCompletedExceptionally();
        assertThat(secondStarted).hasValue(1);
        secondEnd.complete("second");
        assertThat(second.toCompletableFuture().join()).isEqualTo("second");
    }

    @Test
    void otherNodesDoNotWait() {
        AtomicInteger started = new AtomicInteger();
        oneAtATime.after("n1", call(started, new CompletableFuture<>())).subscribeAsCompletionStage();
        oneAtATime.after("n2", call(started, new CompletableFuture<>())).subscribeAsCompletionStage();
        assertThat(started).hasValue(2);
    }

    @Test
    void aCancelledCallLetsTheNextOneStart() {
        AtomicInteger started = new AtomicInteger();
        Cancellable first = oneAtATime.after("n1", call(started, new CompletableFuture<>())).subscribe()
                .with(item -> { });
        oneAtATime.after("n1", call(started, CompletableFuture.completedFuture("next"))).subscribeAsCompletionStage();
        assertThat(started).hasValue(1);

        first.cancel();
        assertThat(started).hasValue(2);
    }
}
