package io.kumofleet.kumo;

/** The node answered 2xx with a body that is not what kumod's API document says it should be. */
public final class KumoBadResponseException extends KumoException {

    private final int status;
    private final String body;

    public KumoBadResponseException(String node, String message, Throwable cause) {
        this(node, message, cause, 0, null);
    }

    /** {@code status} and {@code body} (credentials masked) are what the node sent. */
    public KumoBadResponseException(String node, String message, Throwable cause, int status, String body) {
        super(node, message, cause);
        this.status = status;
        this.body = body;
    }

    /** The node's 2xx status, or 0 if unknown. */
    public int status() {
        return status;
    }

    /** The whole body the node sent, or null if unknown. */
    public String body() {
        return body;
    }
}
