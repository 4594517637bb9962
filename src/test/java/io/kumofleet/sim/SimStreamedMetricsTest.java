package io.kumofleet.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A 100,000-queue node streams /metrics in ~4 KiB chunks that parse line by line. */
class SimStreamedMetricsTest extends SimTestBase {

    private static final int QUEUES = 100_000;

    @Override
    SimNodeOptions nodeOptions() {
        return super.nodeOptions().withQueues(QUEUES);
    }

    @Test
    void hundredThousandQueuesArriveChunkedAndParse() throws IOException {
        PrometheusLines lines = new PrometheusLines(Set.of());
        List<Integer> chunkSizes = new ArrayList<>();
        try (Socket socket = new Socket("127.0.0.1", node.port())) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write("GET /metrics HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            assertEquals("HTTP/1.1 200 OK", readLine(in));
            List<String> headers = new ArrayList<>();
            for (String header = readLine(in); !header.isEmpty(); header = readLine(in)) {
                headers.add(header.toLowerCase(Locale.ROOT));
            }
            assertTrue(headers.contains("transfer-encoding: chunked"), headers::toString);
            assertFalse(headers.stream().anyMatch(h -> h.startsWith("content-length")), headers::toString);
            while (true) {
                int size = Integer.parseInt(readLine(in).trim(), 16);
                if (size == 0) {
                    break;
                }
                byte[] chunk = in.readNBytes(size);
                assertEquals(size, chunk.length);
                assertEquals("", readLine(in));
                chunkSizes.add(size);
                lines.feed(new String(chunk, StandardCharsets.UTF_8));
            }
        }
        lines.finish();
        assertEquals(QUEUES, lines.samplesOf("scheduled_count"));
        assertEquals(QUEUES + 1, lines.samplesOf("ready_count"));
        assertEquals(QUEUES + 2, lines.samplesOf("connection_count"));
        assertTrue(lines.samples() > 7L * QUEUES, lines.samples() + " samples");
        assertTrue(chunkSizes.size() > 1000, chunkSizes.size() + " chunks");
        int largest = chunkSizes.stream().mapToInt(Integer::intValue).max().orElse(0);
        assertTrue(largest < 4096 + 1024, "chunks of about 4 KiB, largest " + largest);
        long small = chunkSizes.stream().filter(s -> s < 4096).count();
        assertTrue(small <= 30 + chunkSizes.size() / 100, small + " chunks under 4 KiB");
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("connection closed mid-line");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }
}
