package io.kumofleet.support;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerResponse;
import java.net.URI;

/**
 * A kumod look-alike whose {@code /metrics} goes wrong half-way: {@value #GOOD_QUEUES}
 * {@code scheduled_count} samples of queues {@code halfway-N@cut-off.example}, streamed in several
 * chunks, then a garbled line; its rule lists are empty. The summary must count none of it.
 */
public final class CutOffNode {

    public static final int GOOD_QUEUES = 5_000;
    /** Two comment lines, then the good samples: the garbled line's number. */
    public static final int BAD_LINE = GOOD_QUEUES + 3;

    private static HttpServer server;

    private CutOffNode() {}

    /** Starts it once per JVM and gives its URL. */
    public static synchronized URI url() {
        if (server == null) {
            server = TestFleet.await(TestFleet.vertx().createHttpServer(new HttpServerOptions().setHost("127.0.0.1"))
                    .requestHandler(request -> {
                        HttpServerResponse response = request.response();
                        switch (request.path()) {
                            case "/metrics" -> metrics(response);
                            case "/api/admin/ready-q-states/v1" -> json(response, "{\"states_by_ready_queue\":{}}");
                            case "/api/admin/bounce/v1", "/api/admin/suspend/v1", "/api/admin/suspend-ready-q/v1" ->
                                    json(response, "[]");
                            default -> response.setStatusCode(404).end();
                        }
                    })
                    .listen(0));
        }
        return URI.create("http://127.0.0.1:" + server.actualPort());
    }

    private static void metrics(HttpServerResponse response) {
        response.setChunked(true).putHeader("content-type", "text/plain; charset=utf-8");
        response.write("# HELP scheduled_count number of messages in the scheduled queue.\n"
                + "# TYPE scheduled_count gauge\n");
        StringBuilder chunk = new StringBuilder();
        for (int i = 0; i < GOOD_QUEUES; i++) {
            chunk.append("scheduled_count{queue=\"halfway-").append(i).append("@cut-off.example\"} 3\n");
            if (chunk.length() > 4096) {
                response.write(Buffer.buffer(chunk.toString()));
                chunk.setLength(0);
            }
        }
        response.write(Buffer.buffer(chunk.toString()));
        response.end("scheduled_count{queue=\"halfway-broken@cut-off.example\" 3\n");
    }

    private static void json(HttpServerResponse response, String body) {
        response.putHeader("content-type", "application/json").end(body);
    }
}
