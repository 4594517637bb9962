package io.kumofleet.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The row guess (the row after the last one, or the last one) must never stand in for a different key. */
class KeyedCountersTest {

    @Test
    void familiesInTheSameOrderInAnotherOrderAndRepeatedAllLandOnTheirOwnRows() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            keys.add("egress-" + (i % 4) + "->(mx1|mx2).domain-" + (i / 4) + ".example@smtp_client");
        }
        KeyedCounters table = new KeyedCounters(3, false);
        keys.forEach(k -> add(table, k, null, 0, 1));
        keys.forEach(k -> add(table, k, null, 1, 2));
        List<String> shuffled = new ArrayList<>(keys);
        Collections.shuffle(shuffled, new Random(7));
        shuffled.forEach(k -> add(table, k, null, 2, 3));
        add(table, keys.get(10), null, 2, 5);
        add(table, keys.get(10), null, 2, 5);

        assertThat(table.size()).isEqualTo(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            int row = table.find(keys.get(i), null);
            assertThat(row).isEqualTo(i);
            assertThat(table.count(row, 0)).isEqualTo(1);
            assertThat(table.count(row, 1)).isEqualTo(2);
            assertThat(table.count(row, 2)).isEqualTo(i == 10 ? 13 : 3);
        }
    }

    @Test
    void pairedKeysThatSpellTheSameBytesStayApart() {
        KeyedCounters table = new KeyedCounters(1, true);
        add(table, "ab", "c", 0, 1);
        add(table, "a", "bc", 0, 10);
        add(table, "ab", "c", 0, 100);
        add(table, "a", "bc", 0, 1000);
        add(table, "a", "bc", 0, 1000);

        assertThat(table.size()).isEqualTo(2);
        assertThat(table.count(table.find("ab", "c"), 0)).isEqualTo(101);
        assertThat(table.count(table.find("a", "bc"), 0)).isEqualTo(2010);
    }

    @Test
    void aKeyThatIsAPrefixOfTheGuessedRowIsANewRow() {
        KeyedCounters table = new KeyedCounters(1, false);
        add(table, "queue-1", null, 0, 1);
        add(table, "queue-10", null, 0, 1);
        add(table, "queue-1", null, 0, 1);
        add(table, "queue-", null, 0, 1);

        assertThat(table.size()).isEqualTo(3);
        assertThat(table.count(table.find("queue-1", null), 0)).isEqualTo(2);
        assertThat(table.count(table.find("queue-", null), 0)).isEqualTo(1);
    }

    @Test
    void aTableSizedForMoreOrFewerRowsHoldsTheSameAndReportsItsSize() {
        for (TableSize expected : new TableSize[] {TableSize.SMALL, new TableSize(10, 50), new TableSize(5000, 200_000)}) {
            KeyedCounters table = new KeyedCounters(2, true, expected);
            for (int i = 0; i < 3000; i++) {
                add(table, "provider-" + (i / 2), "pool-" + (i % 2), 0, i);
                add(table, "provider-" + (i / 2), "pool-" + (i % 2), 1, 1);
            }
            table.trim();
            assertThat(table.size()).as("%s", expected).isEqualTo(3000);
            assertThat(table.count(table.find("provider-7", "pool-1"), 0)).isEqualTo(15);
            assertThat(table.count(table.find("provider-1499", "pool-0"), 1)).isEqualTo(1);
            int keyBytes = 0;
            for (int i = 0; i < 3000; i++) {
                keyBytes += ("provider-" + (i / 2) + "pool-" + (i % 2)).length();
            }
            assertThat(table.tableSize()).isEqualTo(new TableSize(3000, keyBytes));
        }
    }

    @Test
    void aTableSharingItsKeysHasRowsOnlyForItsOwnKeys() {
        KeyDictionary keys = new KeyDictionary(false);
        KeyedCounters big = new KeyedCounters(1, keys, TableSize.SMALL);
        for (int i = 0; i < 20_000; i++) {
            add(big, "other-node-queue-" + i, null, 0, 1);
        }
        KeyedCounters small = new KeyedCounters(1, keys, TableSize.SMALL);
        for (int i = 0; i < 300; i++) {
            add(small, i % 2 == 0 ? "other-node-queue-" + (i * 50) : "own-queue-" + i, null, 0, i);
        }
        add(small, "own-queue-1", null, 0, 1000);

        assertThat(keys.size()).isEqualTo(20_150);
        assertThat(small.size()).isEqualTo(300);
        assertThat(small.count(small.find("own-queue-1", null), 0)).isEqualTo(1001);
        assertThat(small.count(small.find("other-node-queue-100", null), 0)).isEqualTo(2);
        assertThat(small.find("other-node-queue-1", null)).isEqualTo(-1);
        assertThat(small.find(big, 100)).isEqualTo(2);
        assertThat(small.find(big, 101)).isEqualTo(-1);
        assertThat(small.tableSize().rows()).isEqualTo(300);
    }

    @Test
    void aTableKeepsFindingItsRowsWhenTheSharedKeysRunFarAheadOfIt() {
        KeyDictionary keys = new KeyDictionary(false);
        KeyedCounters mine = new KeyedCounters(1, keys, TableSize.SMALL);
        KeyedCounters others = new KeyedCounters(1, keys, TableSize.SMALL);
        for (int i = 0; i < 3000; i++) {
            add(mine, "mine-" + i, null, 0, 1);
            for (int j = 0; j < 10; j++) {
                add(others, "others-" + i + "-" + j, null, 0, 1);
            }
        }
        for (int i = 0; i < 3000; i += 7) {
            add(mine, "mine-" + i, null, 0, 1);
        }

        assertThat(mine.size()).isEqualTo(3000);
        assertThat(others.size()).isEqualTo(30_000);
        for (int i = 0; i < 3000; i++) {
            assertThat(mine.first(mine.find("mine-" + i, null))).isEqualTo("mine-" + i);
            assertThat(mine.count(mine.find("mine-" + i, null), 0)).isEqualTo(i % 7 == 0 ? 2 : 1);
        }
        assertThat(mine.find("others-5-5", null)).isEqualTo(-1);
    }

    private static void add(KeyedCounters table, String first, String second, int column, long value) {
        byte[] a = first.getBytes(StandardCharsets.UTF_8);
        byte[] b = second == null ? null : second.getBytes(StandardCharsets.UTF_8);
        table.add(a, 0, a.length, b, 0, b == null ? 0 : b.length, column, value);
    }
}
