package io.kumofleet.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kumofleet.support.HangGuard;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SharedOutcomesTest {

    private final AtomicInteger calls = new AtomicInteger();
    private volatile CompletableFuture<NodeOutcome<String>> pending = new CompletableFuture<>();

    private final Supplier<Uni<NodeOutcome<String>>> call = () -> Uni.createFrom().completionStage(() -> {
        calls.incrementAndGet();
        return pending;
    });

    @Test
    void askersDuringACallShareItAndAnEndedCallIsNotReusedWithoutKeepTime() {
        SharedOutcomes<String> shared = new SharedOutcomes<>(Duration.ZERO);

        CompletionStage<NodeOutcome<String>> first = shared.outcome("n1", call).subscribeAsCompletionStage();
        CompletionStage<NodeOutcome<String>> second = shared.outcome("n1", call).subscribeAsCompletionStage();
        assertThat(calls).hasValue(1);
        pending.complete(ok("figures"));
        assertThat(first.toCompletableFuture().join()).isSameAs(second.toCompletableFuture().join());

        pending = CompletableFuture.completedFuture(ok("later"));
        assertThat(shared.outcome("n1", call).await().indefinitely()).isEqualTo(ok("later"));
        assertThat(calls).hasValue(2);
    }

    @Test
    void eachNodeHasItsOwnCall() {
        SharedOutcomes<String> shared = new SharedOutcomes<>(Duration.ZERO);
        shared.outcome("n1", call).subscribeAsCompletionStage();
        shared.outcome("n2", call).subscribeAsCompletionStage();
        assertThat(calls).hasValue(2);
    }

    @Test
    void anEndedOutcomeIsKeptForTheKeepTime() {
        SharedOutcomes<String> shared = new SharedOutcomes<>(Duration.ofHours(1));
        pending.complete(ok("kept"));
        assertThat(shared.outcome("n1", call).await().indefinitely()).isEqualTo(ok("kept"));
        pending = CompletableFuture.completedFuture(ok("fresh"));
        assertThat(shared.outcome("n1", call).await().indefinitely()).isEqualTo(ok("kept"));
        assertThat(calls).hasValue(1);
    }

    @Test
    void aKeptOutcomeIsCalledAgainOnceOlderThanTheKeepTime() {
        SharedOutcomes<String> shared = new SharedOutcomes<>(Duration.ofMillis(100));
        pending.complete(ok("kept"));
        assertThat(shared.outcome("n1", call).await().indefinitely()).isEqualTo(ok("kept"));
        pending = CompletableFuture.completedFuture(ok("fresh"));
        await().atMost(HangGuard.LIMIT)
                .until(() -> shared.outcome("n1", call).await().indefinitely().equals(ok("fresh")));
    }

    @Test
    void aFailedOutcomeIsSharedLikeAnyOther() {
        SharedOutcomes<String> shared = new SharedOutcomes<>(Duration.ofHours(1));
        NodeOutcome<String> failed = new NodeOutcome.Failed<>("n1",
                new NodeFailure(NodeFailure.Kind.UNREACHABLE, null, "connection refused"), Duration.ZERO);
        pending.complete(failed);
        assertThat(shared.outcome("n1", call).await().indefinitely()).isEqualTo(failed);
        assertThat(shared.outcome("n1", call).await().indefinitely()).isEqualTo(failed);
        assertThat(calls).hasValue(1);
    }

    @Test
    void outcomesForAnotherPurposeShareNothingButWaitForTheNodesCallUnderWay() {
        OneCallPerNode oneAtATime = new OneCallPerNode();
        SharedOutcomes<String> queues = new SharedOutcomes<>(Duration.ofHours(1), oneAtATime);
        SharedOutcomes<String> providers = new SharedOutcomes<>(Duration.ofHours(1), oneAtATime);
        AtomicInteger providerCalls = new AtomicInteger();
        Supplier<Uni<NodeOutcome<String>>> providerCall = () -> Uni.createFrom().item(() -> {
            providerCalls.incrementAndGet();
            return ok("providers");
        });

        CompletionStage<NodeOutcome<String>> queueOutcome = queues.outcome("n1", call).subscribeAsCompletionStage();
        CompletionStage<NodeOutcome<String>> providerOutcome =
                providers.outcome("n1", providerCall).subscribeAsCompletionStage();
        assertThat(calls).hasValue(1);
        assertThat(providerCalls).hasValue(0);

        pending.complete(ok("queues"));
        assertThat(queueOutcome.toCompletableFuture().join()).isEqualTo(ok("queues"));
        assertThat(providerOutcome.toCompletableFuture().join()).isEqualTo(ok("providers"));
        assertThat(providers.outcome("n1", providerCall).await().indefinitely()).isEqualTo(ok("providers"));
        assertThat(queues.outcome("n1", call).await().indefinitely()).isEqualTo(ok("queues"));
        assertThat(calls).hasValue(1);
        assertThat(providerCalls).hasValue(1);
    }

    private static NodeOutcome<String> ok(String value) {
        return new NodeOutcome.Succeeded<>("n1", value, Duration.ZERO);
    }
}
