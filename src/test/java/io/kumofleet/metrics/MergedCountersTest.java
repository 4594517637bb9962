package io.kumofleet.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MergedCountersTest {

    @Test
    void partsInTheSameOrderInAnotherOrderAndOverlappingAddUpPerKey() {
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
            KeyedCounters part = new KeyedCounters(1, false);
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
