package io.kumofleet.kumo;

/** The node answered with a non-2xx status; {@code body} is its plain-text explanation. */
public final class KumoHttpException extends KumoException {

    private final int status;
    private final String reason;
    private final String body;

    public KumoHttpException(String node, int status, String reason, String body) {
        super(node, "request status " + status + ": " + reason + ". Response body: " + body, null);
        this.status = status;
        this.reason = reason;
        this.body = body;
    }

    public int status() {
        return status;
    }

    /** The HTTP reason phrase, e.g. {@code Not Found}. */
    public String reason() {
        return reason;
    }

    public String body() {
        return body;
    }
}
