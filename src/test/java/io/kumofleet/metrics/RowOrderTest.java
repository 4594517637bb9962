package io.kumofleet.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RowOrderTest {

    @Test
    void theFirstRowsAreTheHeadOfTheFullOrderForEveryLimit() {
        long[] volume = new Random(3).longs(2000, 0, 50).toArray();
        RowOrder.RowComparator byVolumeThenRow = (a, b) -> {
            int c = Long.compare(volume[b], volume[a]);
            return c != 0 ? c : Integer.compare(a, b);
        };
        int[] all = RowOrder.firstRows(volume.length, r -> r % 3 != 0, byVolumeThenRow, Integer.MAX_VALUE);
        int[] expected = IntStream.range(0, volume.length).filter(r -> r % 3 != 0).boxed()
                .sorted((a, b) -> byVolumeThenRow.compare(a, b)).mapToInt(Integer::intValue).toArray();
        assertThat(all).isEqualTo(expected);
        for (int limit : new int[] {0, 1, 2, 7, 100, 1333, 1334, 5000}) {
            assertThat(RowOrder.firstRows(volume.length, r -> r % 3 != 0, byVolumeThenRow, limit))
                    .as("limit %d", limit).isEqualTo(Arrays.copyOf(expected, Math.min(limit, expected.length)));
        }
    }
}
