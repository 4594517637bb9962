package io.kumofleet.fanout;

import io.smallrye.mutiny.Uni;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Per node, one call at a time: a call given out here starts once the node's previous one has
 * ended (with an item, a failure or a cancellation). Several {@link SharedOutcomes} can queue
 * behind one another through it, e.g. the queue and the provider readings of a node's
 * {@code /metrics}, so that a node is never asked for it twice at once.
 *
 * <p>Each call given out must be subscribed to, or the node's later calls never start. Only the
 * end of the previous call is remembered, never its outcome.
 */
public final class OneCallPerNode {

    private final ConcurrentMap<String, CompletableFuture<Void>> lastEnd = new ConcurrentHashMap<>();

    /** {@code call}, to be started once every call given out earlier for {@code node} has ended. */
    public <T> Uni<T> after(String node, Supplier<Uni<T>> call) {
        CompletableFuture<Void> end = new CompletableFuture<>();
        CompletableFuture<Void> previous = lastEnd.put(node, end);
        Uni<T> started = previous == null || previous.isDone()
                ? Uni.createFrom().<T>deferred(call::get)
                : Uni.createFrom().completionStage(previous).onItem().transformToUni(ended -> call.get());
        return started.onTermination().invoke(() -> end.complete(null));
    }
}
