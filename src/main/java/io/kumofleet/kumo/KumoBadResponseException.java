package io.kumofleet.kumo;

/** The node answered 2xx with a body that is not what kumod's API document says it should be. */
public final class KumoBadResponseException extends KumoException {

    public KumoBadResponseException(String node, String message, Throwable cause) {
        super(node, message, cause);
    }
}
