package io.kumofleet.kumo;

import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.net.ClientOptionsBase;
import java.time.Duration;

/** The Vert.x client options for one node's trace sockets: the same TLS trust and connect timeout as its REST client. */
final class VertxClientOptions {

    /** tokio-tungstenite's default limits on kumod's side; trace events can carry whole messages. */
    private static final int MAX_FRAME = 16 << 20;
    private static final int MAX_MESSAGE = 64 << 20;

    private VertxClientOptions() {}

    static WebSocketClientOptions webSocket(NodeTarget target, NodeTrust trust, Duration timeout) {
        WebSocketClientOptions options = configure(new WebSocketClientOptions(), target, trust, timeout);
        return options.setVerifyHost(!trust.trustAll()).setMaxFrameSize(MAX_FRAME).setMaxMessageSize(MAX_MESSAGE);
    }

    private static <T extends ClientOptionsBase> T configure(T options, NodeTarget target, NodeTrust trust, Duration timeout) {
        options.setSsl(target.tls());
        options.setTrustAll(trust.trustAll());
        trust.vertxTrustOptions().ifPresent(options::setTrustOptions);
        options.setConnectTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        return options;
    }
}
