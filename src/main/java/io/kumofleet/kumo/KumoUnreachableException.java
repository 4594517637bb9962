package io.kumofleet.kumo;

/** No answer: connection refused, reset, DNS failure, TLS failure or the node timeout. */
public final class KumoUnreachableException extends KumoException {

    public KumoUnreachableException(String node, String message, Throwable cause) {
        super(node, message, cause);
    }
}
