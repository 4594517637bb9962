package io.kumofleet.kumo;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executor;
import javax.net.ssl.HttpsURLConnection;

/**
 * {@code GET /metrics}, each chunk of the body handed to a {@link BodyChunks} as it arrives, on a
 * reader thread of its own. The stream's items tell how many bytes were handed over since the
 * previous item: one for the first chunk, then one per MiB or per tenth of a second (a quarter of the
 * node timeout if shorter) while the body flows, and one for the rest at the end. An item per chunk
 * (thousands per node) cost more in Mutiny's per-item work than the parsing of the chunk.
 *
 * <p>Why the JDK's {@link HttpURLConnection} and not Vert.x: Vert.x's HTTP client copies every chunk
 * of a response into a new heap buffer ({@code Http1xClientConnection.handleResponseChunk} through
 * {@code VertxHandler.safeBuffer}), so a summary of 10 nodes of 125 MB each allocated 1.25 GB, and G1
 * grew a default heap past 2 GB to keep up. Read here into one array reused for every chunk, a body
 * costs no allocation per chunk, and the blocking read holds up only its own thread.
 *
 * <p>The body is read only as fast as the subscriber asks: the next chunk is read once the last one
 * is taken and an item is wanted. The node timeout bounds the connect, each wait for the next chunk,
 * and each wait for the subscriber to ask (not the whole body: kcli's 60 s total fails on big nodes).
 * Cancelling closes the connection instead of draining the rest of the body.
 */
final class MetricsStream {

    static final String PATH = "/metrics";
    private static final String OPERATION = "GET " + PATH;
    private static final int CHUNK = 64 << 10;
    private static final int ITEM_BYTES = 1 << 20;
    private static final Duration ITEM_INTERVAL = Duration.ofMillis(100);
    /** The most of an error answer's body kept for the error message. */
    private static final int ERROR_BODY = 64 << 10;

    private final Executor readers;
    private final NodeTarget target;
    private final NodeTrust.Https https;
    private final Duration timeout;
    private final KumoAnswers answers;
    private final long itemInterval;

    /** Reads on {@code readers}' threads, one per body being read. */
    MetricsStream(Executor readers, NodeTarget target, NodeTrust trust, Duration timeout, KumoAnswers answers) {
        this.readers = readers;
        this.target = target;
        this.https = target.tls() ? trust.https() : null;
        this.timeout = timeout;
        this.answers = answers;
        this.itemInterval = Math.min(ITEM_INTERVAL.toNanos(), timeout.toNanos() / 4);
    }

    Multi<Integer> open(BodyChunks chunks) {
        return Multi.createFrom().emitter(emitter -> {
            Reading reading = new Reading(emitter, chunks);
            emitter.onRequest(n -> reading.wake());
            emitter.onTermination(reading::stop);
            readers.execute(reading::run);
        });
    }

    /** One body being read: its connection, and the subscriber it answers to. */
    private final class Reading {

        private final MultiEmitter<? super Integer> emitter;
        private final BodyChunks chunks;
        private volatile HttpURLConnection connection;
        private volatile boolean ended;

        Reading(MultiEmitter<? super Integer> emitter, BodyChunks chunks) {
            this.emitter = emitter;
            this.chunks = chunks;
        }

        void run() {
            try {
                HttpURLConnection http = connect();
                int status = http.getResponseCode();
                if (status < 200 || status > 299) {
                    throw answers.httpError(status, http.getResponseMessage(), errorBody(http));
                }
                try (InputStream body = http.getInputStream()) {
                    byte[] buffer = new byte[CHUNK];
                    int taken = 0;
                    long lastItem = System.nanoTime() - itemInterval;
                    while (awaitDemand()) {
                        int read = body.read(buffer);
                        if (read < 0) {
                            break;
                        }
                        chunks.accept(buffer, 0, read);
                        taken += read;
                        long now = System.nanoTime();
                        if (taken >= ITEM_BYTES || now - lastItem >= itemInterval) {
                            emitter.emit(taken);
                            taken = 0;
                            lastItem = now;
                        }
                    }
                    if (taken > 0 && !ended && !emitter.isCancelled()) {
                        emitter.emit(taken);
                    }
                }
                ended = true;
                emitter.complete();
            } catch (Throwable failure) {
                boolean cancelled = ended || emitter.isCancelled();
                ended = true;
                disconnect();
                if (!cancelled) {
                    // a read timeout: no answer, or no more of the body, within the node timeout
                    emitter.fail(failure instanceof SocketTimeoutException
                            ? answers.timedOut(OPERATION, "sent no data")
                            : answers.failure(OPERATION, failure));
                }
            }
        }

        /** Called when the subscriber cancels, and after the stream ended: a blocked read ends at once. */
        void stop() {
            if (!ended) {
                ended = true;
                disconnect();
            }
            wake();
        }

        synchronized void wake() {
            notifyAll();
        }

        /** Waits until the subscriber wants an item; false once it has cancelled. */
        private synchronized boolean awaitDemand() throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (emitter.requested() == 0 && !ended && !emitter.isCancelled()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw answers.timedOut(OPERATION, "was not read by the gateway");
                }
                wait(Math.max(1, left / 1_000_000));
            }
            return !ended && !emitter.isCancelled();
        }

        private HttpURLConnection connect() throws IOException {
            HttpURLConnection http = (HttpURLConnection) URI.create(target.url(PATH)).toURL().openConnection(Proxy.NO_PROXY);
            connection = http;
            if (http instanceof HttpsURLConnection tls) {
                https.configure(tls);
            }
            int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
            http.setConnectTimeout(millis);
            http.setReadTimeout(millis);
            http.setInstanceFollowRedirects(false);
            http.setUseCaches(false);
            http.setRequestProperty("Accept", "text/plain");
            http.setRequestProperty("User-Agent", "kumo-fleet");
            target.authorization().ifPresent(value -> http.setRequestProperty("Authorization", value));
            try {
                http.connect();
            } catch (SocketTimeoutException e) {
                throw answers.connectTimedOut(OPERATION);
            }
            if (ended) {
                throw new IOException("cancelled");
            }
            return http;
        }

        private void disconnect() {
            HttpURLConnection http = connection;
            if (http != null) {
                http.disconnect();
            }
        }

        private byte[] errorBody(HttpURLConnection http) throws IOException {
            try (InputStream error = http.getErrorStream()) {
                return error == null ? new byte[0] : error.readNBytes(ERROR_BODY);
            }
        }
    }
}
