package io.kumofleet.sim;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;

/**
 * Streams a {@link ChunkProducer} as a chunked response in pieces of about 4 KiB, as kumod does,
 * producing the next piece only while the connection's write queue has room.
 */
final class StreamPump {

    static final int CHUNK_SIZE = 4 * 1024;

    private final SimNodeState state;
    private final ChunkProducer producer;
    private final HttpServerResponse response;
    private boolean done;

    private StreamPump(SimNodeState state, ChunkProducer producer, HttpServerResponse response) {
        this.state = state;
        this.producer = producer;
        this.response = response;
    }

    static void stream(SimNodeState state, ChunkProducer producer, HttpServerResponse response, String contentType) {
        response.setStatusCode(200).setChunked(true).putHeader("content-type", contentType);
        StreamPump pump = new StreamPump(state, producer, response);
        response.closeHandler(v -> pump.done = true);
        response.drainHandler(v -> pump.pump());
        pump.pump();
    }

    private void pump() {
        while (!done && !response.writeQueueFull()) {
            StringBuilder chunk = new StringBuilder(CHUNK_SIZE + 512);
            boolean more = state.fill(producer, chunk, CHUNK_SIZE);
            try {
                if (chunk.length() > 0) {
                    response.write(Buffer.buffer(chunk.toString()));
                }
                if (!more) {
                    done = true;
                    response.end();
                }
            } catch (IllegalStateException closed) {
                done = true; // the client went away mid-stream
            }
        }
    }
}
