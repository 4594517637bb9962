package io.kumofleet.fleet.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumofleet.metrics.NodeMetrics;
import io.kumofleet.metrics.PrometheusTextParser;
import io.kumofleet.metrics.ProviderGrouping;
import io.kumofleet.metrics.ProviderSummary;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.vertx.mutiny.core.buffer.Buffer;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Chunks are parsed where they lie when on the heap, and copied first when not: the figures are the same. */
class NodeReadingTest {

    @Test
    void heapAndDirectChunksSplitAnywhereGiveTheFiguresOfOneParse() throws IOException {
        byte[] payload;
        try (InputStream in = NodeReadingTest.class.getResourceAsStream("/kumomta/busy-metrics.txt")) {
            payload = in.readAllBytes();
        }
        NodeReading reading = new NodeReading("n1", ReadingKind.PROVIDERS);
        int chunk = 0;
        for (int off = 0; off < payload.length; off += 777, chunk++) {
            int length = Math.min(777, payload.length - off);
            ByteBuf bytes = chunk % 2 == 0 ? Unpooled.directBuffer(length) : Unpooled.buffer(length + 10);
            if (chunk % 2 == 1) {
                bytes.writeBytes(new byte[10]).readerIndex(10);
            }
            bytes.writeBytes(payload, off, length);
            reading.feed(Buffer.newInstance(io.vertx.core.buffer.Buffer.buffer(bytes)));
        }
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
