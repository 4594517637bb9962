package io.kumofleet.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetricsChunkingTest {

    private static final byte[] SAMPLE = Fixtures.bytes("sample-metrics.txt");

    @Test
    void oneByteAtATimeGivesTheSameSamples() {
        List<Collected.Line> whole = Collected.parse(SAMPLE);
        Collected sink = new Collected();
        PrometheusTextParser parser = new PrometheusTextParser(MetricSelection.all(), sink);
        for (int i = 0; i < SAMPLE.length; i++) {
            parser.feed(SAMPLE, i, 1);
        }
        parser.finish();
        assertThat(sink.lines).isEqualTo(whole);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void randomSplitsGiveTheSameSamples(long seed) {
        List<Collected.Line> whole = Collected.parse(SAMPLE);
        Random random = new Random(seed);
        for (int round = 0; round < 20; round++) {
            Collected sink = new Collected();
            PrometheusTextParser parser = new PrometheusTextParser(MetricSelection.all(), sink);
            for (byte[] chunk : split(SAMPLE, random)) {
                parser.feed(chunk);
            }
            parser.finish();
            assertThat(sink.lines).isEqualTo(whole);
        }
    }

    @Test
    void errorLineNumbersAreRightWhateverTheChunks() {
        String text = new String(SAMPLE, java.nio.charset.StandardCharsets.UTF_8)
                .replace("lua_load_count 3\n", "lua_load_count{x=\"3\n");
        byte[] payload = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long expectedLine = text.lines().takeWhile(l -> !l.startsWith("lua_load_count")).count() + 1;
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            PrometheusTextParser parser = new PrometheusTextParser(MetricSelection.of("memory_usage"), s -> { });
            assertThatThrownBy(() -> {
                for (byte[] chunk : split(payload, random)) {
                    parser.feed(chunk);
                }
            }).isInstanceOfSatisfying(MetricsFormatException.class, e -> {
                assertThat(e.lineNumber()).isEqualTo(expectedLine);
                assertThat(e.excerpt()).isEqualTo("lua_load_count{x=\"3");
            });
        }
    }

    private static List<byte[]> split(byte[] payload, Random random) {
        List<byte[]> chunks = new ArrayList<>();
        int at = 0;
        while (at < payload.length) {
            int len = Math.min(payload.length - at, 1 + random.nextInt(random.nextBoolean() ? 8 : 600));
            byte[] chunk = new byte[len];
            System.arraycopy(payload, at, chunk, 0, len);
            chunks.add(chunk);
            at += len;
        }
        return chunks;
    }
}
