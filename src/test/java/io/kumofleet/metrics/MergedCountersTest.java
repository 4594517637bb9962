package io.kumofleet.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

class MergedCountersTest {

    @Test
    void partsInTheSameOrderInAnotherOrderAndOverlappingAddUpPerKey() {
        addUpPerKey(p -> new KeyedCounters(1, false));
    }

    @Test
    void partsSharingTheirKeysOrSomeSharingAndSomeNotAddUpTheSame() {
        KeyDictionary shared = new KeyDictionary(false);
        KeyDictionary other = new KeyDictionary(false);
        addUpPerKey(p -> new KeyedCounters(1, shared, TableSize.SMALL));
        addUpPerKey(p -> new KeyedCounters(1, p % 2 == 0 ? shared : other, TableSize.SMALL));
    }

    @Test
    void aPartsRowsAreFoundFromTheMergedRowAndSortByNameWhicheverKeysTheyUse() {
        KeyDictionary shared = new KeyDictionary(false);
        List<KeyedCounters> parts = List.of(new KeyedCounters(1, shared, TableSize.SMALL),
                new KeyedCounters(1, shared, TableSize.SMALL), new KeyedCounters(1, false));
        String[][] keys = {{"queue-10", "queue-9"}, {"queue-9", "queue-2"}, {"queue-2", "queue-10"}};
        for (int p = 0; p < parts.size(); p++) {
            for (String key : keys[p]) {
                byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
                parts.get(p).add(bytes, 0, bytes.length, null, 0, 0, 0, p + 1);
            }
        }

        MergedCounters merged = new MergedCounters(parts, 1);

        Map<String, List<Integer>> partsOf = new HashMap<>();
        List<Integer> rows = new ArrayList<>();
        for (int row = 0; row < merged.size(); row++) {
            String name = merged.first(row);
            List<Integer> found = new ArrayList<>();
            merged.forEachPart(row, (part, partRow) -> {
                assertThat(parts.get(part).first(partRow)).isEqualTo(name);
                found.add(part);
            });
            partsOf.put(name, found);
            rows.add(row);
        }
        rows.sort(merged::compareKeys);
        assertThat(rows.stream().map(merged::first)).containsExactly("queue-2", "queue-9", "queue-10");
        assertThat(partsOf).containsEntry("queue-2", List.of(1, 2)).containsEntry("queue-9", List.of(0, 1))
                .containsEntry("queue-10", List.of(0, 2));
    }

    private static void addUpPerKey(IntFunction<KeyedCounters> newPart) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            keys.add("egress-" + (i % 4) + "->domain-" + (i / 4) + ".example@smtp_client");
        }
        List<String> shuffled = new ArrayList<>(keys);
        Collections.shuffle(shuffled, new Random(11));
        List<List<String>> orders = List.of(keys, keys, shuffled, keys.subList(1000, 3000), keys.subList(0, 10));
        List<KeyedCounters> parts = new ArrayList<>();
        Map<String, Long> expected = new HashMap<>();
        for (int p = 0; p < orders.size(); p++) {
            KeyedCounters part = newPart.apply(p);
            for (String key : orders.get(p)) {
                byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
                long value = p + 1;
                part.add(bytes, 0, bytes.length, null, 0, 0, 0, value);
                expected.merge(key, value, Long::sum);
            }
            parts.add(part);
        }

        MergedCounters merged = new MergedCounters(parts, 1);

        assertThat(merged.size()).isEqualTo(keys.size());
        Map<String, Long> actual = new HashMap<>();
        for (int row = 0; row < merged.size(); row++) {
            assertThat(actual.put(merged.first(row), merged.count(row, 0))).isNull();
        }
        assertThat(actual).isEqualTo(expected);
    }
}
