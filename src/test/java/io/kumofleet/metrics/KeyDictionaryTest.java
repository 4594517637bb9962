package io.kumofleet.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumofleet.support.HangGuard;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class KeyDictionaryTest {

    @Test
    void threadsAddingTheSameKeysAtOnceGetOneNumberPerKeyAndEveryKeyReadsBack() throws Exception {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            keys.add("campaign-" + (i % 7) + ":tenant@domain-" + i + ".example");
        }
        // Starts small, so the threads race through many growths of the table and of the key bytes.
        KeyDictionary dictionary = new KeyDictionary(false);
        int threads = 4;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<int[]>> numbers = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                // Half the threads in the same order (racing to add each key), half in their own.
                List<String> order = new ArrayList<>(keys);
                if (t % 2 == 1) {
                    Collections.shuffle(order, new Random(t));
                }
                numbers.add(pool.submit(() -> {
                    start.await();
                    int[] byKey = new int[keys.size()];
                    for (String key : order) {
                        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
                        int id = dictionary.add(bytes, 0, bytes.length, null, 0, 0,
                                dictionary.hashOf(bytes, 0, bytes.length, null, 0, 0));
                        // A number just handed out reads back as its key, on this thread, at once.
                        assertThat(dictionary.first(id)).isEqualTo(key);
                        byKey[keys.indexOf(key)] = id;
                    }
                    return byKey;
                }));
            }
            int[] first = numbers.get(0).get(HangGuard.LIMIT.toSeconds(), TimeUnit.SECONDS);
            for (Future<int[]> other : numbers) {
                assertThat(other.get(HangGuard.LIMIT.toSeconds(), TimeUnit.SECONDS)).isEqualTo(first);
            }
            assertThat(dictionary.size()).isEqualTo(keys.size());
            Set<Integer> distinct = new HashSet<>();
            for (int i = 0; i < keys.size(); i++) {
                assertThat(dictionary.first(first[i])).isEqualTo(keys.get(i));
                distinct.add(first[i]);
            }
            assertThat(distinct).hasSize(keys.size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNewKeyThatIsNotUtf8IsRefusedAndNotAdded() {
        KeyDictionary dictionary = new KeyDictionary(false);
        byte[] bad = {'q', (byte) 0xC3, '(', 'x'};

        assertThatThrownBy(() -> dictionary.add(bad, 0, bad.length, null, 0, 0, dictionary.hashOf(bad, 0, bad.length, null, 0, 0)))
                .isInstanceOf(KeyDictionary.InvalidKey.class);
        assertThat(dictionary.size()).isZero();
    }
}
