package io.kumofleet.sim;

/**
 * A request kumod turns away: a status and its plain-text body, or (status 0) a dropped connection,
 * which is what a panicking kumod handler amounts to.
 */
final class Rejection extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String body;

    private Rejection(int status, String body) {
        super(status + " " + body, null, false, false);
        this.status = status;
        this.body = body;
    }

    /** An extractor or middleware rejection: the body is the text as is. */
    static Rejection text(int status, String body) {
        return new Rejection(status, body);
    }

    /** A handler error (kumod's {@code AppError}): the body is {@code Error: <message>}. */
    static Rejection error(int status, String message) {
        return new Rejection(status, "Error: " + message);
    }

    /** A handler that panics: no answer at all, the connection just closes. */
    static Rejection dropConnection() {
        return new Rejection(0, "");
    }

    int status() {
        return status;
    }

    String body() {
        return body;
    }

    boolean dropsConnection() {
        return status == 0;
    }
}
