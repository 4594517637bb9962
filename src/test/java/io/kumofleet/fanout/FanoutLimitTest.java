package io.kumofleet.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumofleet.config.FleetConfig;
import io.kumofleet.kumo.KumoEndpoint;
import io.kumofleet.kumo.KumoNodeClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** At most kumo.fleet.max-concurrent-fanouts callers' fan-outs run at once; one more is refused, not queued. */
class FanoutLimitTest {

    private static final List<FleetNode> NODES = List.of(node("a"), node("b"));

    /** Node calls that answer only when the test says so. */
    private final List<UniEmitter<? super String>> pending = new CopyOnWriteArrayList<>();
    private final Function<FleetNode, Uni<String>> heldCall = n -> Uni.createFrom().emitter(pending::add);
    private final Function<FleetNode, Uni<String>> quickCall = n -> Uni.createFrom().item("ok");

    @Test
    void aFanoutBeyondTheLimitIsRefusedUntilOneEnds() {
        FanoutExecutor executor = executor(2);
        CompletableFuture<FanoutResult<String>> first = executor.run(NODES, "held", heldCall).subscribeAsCompletionStage();
        executor.run(NODES, "held", heldCall).subscribeAsCompletionStage();

        assertThatThrownBy(() -> executor.run(NODES, "third", quickCall).await().indefinitely())
                .isInstanceOf(FanoutLimitException.class)
                .hasMessageContaining("already running 2 fan-outs")
                .hasMessageContaining("kumo.fleet.max-concurrent-fanouts");

        pending.subList(0, 2).forEach(call -> call.complete("done"));
        assertThat(first.join().successes()).hasSize(2);
        assertThat(executor.run(NODES, "fourth", quickCall).await().indefinitely().successes()).hasSize(2);
    }

    @Test
    void anAdmissionIsTakenBeforeTheChangeAndServesTheFanoutsItIsPassedTo() {
        FanoutExecutor executor = executor(1);
        try (FanoutAdmission admission = executor.admit()) {
            assertThat(executor.run(admission, NODES, "inside", quickCall).await().indefinitely().successes())
                    .hasSize(2);
            assertThat(CompletableFuture.supplyAsync(() -> executor.run(admission, NODES, "on another thread",
                    quickCall).await().indefinitely().successes().size()).join()).isEqualTo(2);
            assertThatThrownBy(() -> executor.run(NODES, "not passed it", quickCall).await().indefinitely())
                    .isInstanceOf(FanoutLimitException.class);
            assertThat(refused(executor::admit)).isTrue();
        }
        assertThat(refused(executor::admit)).isFalse();
    }

    @Test
    void aClosedAdmissionStartsNoFanout() {
        FanoutExecutor executor = executor(1);
        FanoutAdmission admission = executor.admit();
        admission.close();
        admission.close();
        assertThatThrownBy(() -> executor.run(admission, NODES, "late", quickCall))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed admission");
        assertThat(refused(executor::admit)).isFalse();
    }

    @Test
    void scheduleFiringsAndBackgroundWorkAreNeverRefused() {
        FanoutExecutor executor = executor(1);
        try (FanoutAdmission taken = executor.admit()) {
            CompletableFuture<Integer> firing = CompletableFuture.supplyAsync(() ->
                    executor.runScheduled(NODES, "apply", quickCall).await().indefinitely().successes().size());
            assertThat(firing.join()).isEqualTo(2);
            CompletableFuture<Integer> background = CompletableFuture.supplyAsync(() ->
                    executor.runInBackground(NODES, "reapply", quickCall).await().indefinitely().successes().size());
            assertThat(background.join()).isEqualTo(2);
            assertThat(CompletableFuture.supplyAsync(() -> refused(executor::admit)).join()).isTrue();
        }
    }

    @Test
    void aLimitBelowOneIsAConfigurationError() {
        assertThatThrownBy(() -> executor(0)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("kumo.fleet.max-concurrent-fanouts must be at least 1");
    }

    private static boolean refused(java.util.function.Supplier<FanoutAdmission> admit) {
        try (FanoutAdmission admission = admit.get()) {
            return false;
        } catch (FanoutLimitException e) {
            return true;
        }
    }

    private static FanoutExecutor executor(int maxConcurrentFanouts) {
        FleetConfig config = new SmallRyeConfigBuilder()
                .withMapping(FleetConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter())
                .withDefaultValues(Map.of(
                        "kumo.fleet.max-concurrent-fanouts", String.valueOf(maxConcurrentFanouts),
                        "kumo.fleet.log-filter-revert-check", "10s",
                        "kumo.fleet.schedule-poll", "1s"))
                .build()
                .getConfigMapping(FleetConfig.class);
        return new FanoutExecutor(config, new SimpleMeterRegistry(), new NodeBackoff(config, Clock.systemUTC()));
    }

    private static FleetNode node(String name) {
        KumoEndpoint endpoint = KumoEndpoint.of(name, URI.create("http://" + name + ".invalid:8000"),
                Duration.ofMinutes(1));
        KumoNodeClient client = (KumoNodeClient) Proxy.newProxyInstance(KumoNodeClient.class.getClassLoader(),
                new Class<?>[] {KumoNodeClient.class}, (proxy, method, args) -> {
                    if (method.getName().equals("endpoint")) {
                        return endpoint;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return new FleetNode(name, List.of(), client, "kumod=info");
    }
}
