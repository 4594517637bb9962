package io.kumofleet.fleet.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumofleet.metrics.NodeMetrics;
import io.kumofleet.metrics.PrometheusTextParser;
import io.kumofleet.metrics.ProviderGrouping;
import io.kumofleet.metrics.ProviderSummary;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A body arrives in one array reused for every chunk, overwritten once a chunk is taken: the figures
 * are those of one parse of the whole body, wherever the chunks split it.
 */
class NodeReadingTest {

    @Test
    void chunksInAReusedArraySplitAnywhereGiveTheFiguresOfOneParse() throws IOException {
        byte[] payload;
        try (InputStream in = NodeReadingTest.class.getResourceAsStream("/kumomta/busy-metrics.txt")) {
            payload = in.readAllBytes();
        }
        NodeReading reading = new NodeReading("n1", ReadingKind.PROVIDERS);
        byte[] reused = new byte[800];
        for (int off = 0; off < payload.length; off += 777) {
            int length = Math.min(777, payload.length - off);
            int at = off % 2 == 0 ? 0 : 10;
            System.arraycopy(payload, off, reused, at, length);
            reading.parser().feed(reused, at, length);
            Arrays.fill(reused, (byte) '#');
        }
        reading.parser().finish();
        reading.finish();

        NodeMetrics whole = new NodeMetrics(false, true);
        PrometheusTextParser parser = whole.parser();
        parser.feed(payload);
        parser.finish();
        for (ProviderGrouping grouping : ProviderGrouping.values()) {
            ProviderSummary chunked = new ProviderSummary(grouping, false);
            chunked.include("n1", reading.metrics().providers(grouping));
            ProviderSummary once = new ProviderSummary(grouping, false);
            once.include("n1", whole.providers(grouping));
            assertThat(chunked.rows(ProviderSummary.UNLIMITED)).isNotEmpty()
                    .isEqualTo(once.rows(ProviderSummary.UNLIMITED));
        }
    }
}
